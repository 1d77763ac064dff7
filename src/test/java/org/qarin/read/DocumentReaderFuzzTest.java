package org.qarin.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.qarin.model.InputException;
import org.qarin.text.Chars;

/**
 * Raw bytes as a text, HTML or Markdown file: reading either gives usable text or refuses the input
 * with an {@link InputException} that says what to do, never any other exception. Each input is
 * read twice: with the format and encoding detected, and with both declared (the encoding chosen by
 * the input's length, so the seeds reach each of them).
 */
class DocumentReaderFuzzTest {
  private static final List<Charset> DECLARED =
      List.of(
          StandardCharsets.UTF_8,
          Charset.forName("windows-1256"),
          StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16BE,
          Charset.forName("ISO-8859-6"),
          StandardCharsets.ISO_8859_1);

  @FuzzTest
  void readText(byte[] data) {
    readTwice(data, "input.txt", Format.TEXT);
  }

  @FuzzTest
  void readHtml(byte[] data) {
    readTwice(data, "page.html", Format.HTML);
  }

  @FuzzTest
  void readMarkdown(byte[] data) {
    readTwice(data, "notes.md", Format.MARKDOWN);
  }

  private static void readTwice(byte[] data, String name, Format format) {
    read(data, name, ReadOptions.defaults());
    Charset declared = DECLARED.get(data.length % DECLARED.size());
    read(data, name, ReadOptions.defaults().withFormat(format).withEncoding(declared));
  }

  private static void read(byte[] data, String name, ReadOptions options) {
    InputText text;
    try {
      text = DocumentReader.read(name, new ByteArrayInputStream(data), options);
    } catch (InputException refused) {
      assertThat(refused.input()).isEqualTo(name);
      assertThat(refused.hint()).as(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(text.name()).isEqualTo(name);
    assertThat(text.text().codePoints().anyMatch(c -> !Chars.isSpace(c) && !Chars.isIgnorable(c)))
        .as("a document read is never empty")
        .isTrue();
  }
}

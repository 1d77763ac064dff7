package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --models} folders as users may hand them over: edited on Windows, or broken. */
class LexiconLoadTest {
  @TempDir Path dir;

  private Path models() throws IOException {
    for (String f :
        new String[] {
          LexiconFiles.DICTIONARY, LexiconFiles.WORDNET, LexiconFiles.NAMES, LexiconFiles.PARALLEL
        }) {
      Files.copy(Path.of("models").resolve(f), dir.resolve(f));
    }
    return dir;
  }

  private static String gunzip(Path p) throws IOException {
    try (var in = new GZIPInputStream(Files.newInputStream(p))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void gzip(Path p, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void crlfLineEndsKeepEveryWeight() throws IOException {
    Path m = models();
    String first =
        gunzip(m.resolve(LexiconFiles.DICTIONARY))
            .lines()
            .filter(l -> !l.startsWith("#"))
            .findFirst()
            .orElseThrow();
    String key = first.substring(0, first.indexOf('\t'));
    for (String f : new String[] {LexiconFiles.DICTIONARY, LexiconFiles.PARALLEL}) {
      gzip(m.resolve(f), gunzip(m.resolve(f)).replace("\n", "\r\n"));
    }
    Lexicon crlf = Lexicon.load(m);
    Lexicon bundled = Lexicon.bundled();
    assertThat(crlf.dictionaryEntries()).isEqualTo(bundled.dictionaryEntries());
    assertThat(crlf.parallelEntries()).isEqualTo(bundled.parallelEntries());
    assertThat(crlf.english(key)).isNotEmpty().isEqualTo(bundled.english(key));
  }

  @Test
  void aLineWithoutItsTabsIsAnErrorNamingTheFileAndLine() throws IOException {
    Path m = models();
    String text = gunzip(m.resolve(LexiconFiles.DICTIONARY));
    int second = text.indexOf('\n') + 1;
    gzip(
        m.resolve(LexiconFiles.DICTIONARY),
        text.substring(0, second) + "حكومة government 1\n" + text.substring(second));
    assertThatThrownBy(() -> Lexicon.load(m).dictionaryEntries())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(LexiconFiles.DICTIONARY + " line 2");
  }

  @Test
  void aWeightThatIsNotANumberIsAnError() throws IOException {
    Path m = models();
    gzip(m.resolve(LexiconFiles.DICTIONARY), "حكومة\tgovernment\tone\n");
    assertThatThrownBy(() -> Lexicon.load(m).dictionaryEntries())
        .hasMessageContaining(LexiconFiles.DICTIONARY + " line 1");
  }
}

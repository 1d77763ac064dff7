package org.qarin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.align.LinkFile;
import org.qarin.export.SentenceWriter;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Sentence;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.Format;

/**
 * LF, CRLF and CR files give the same sentences and the same links; only offsets (and line breaks
 * inside a sentence) differ.
 */
class LineEndingTest {
  @Test
  void sentencesAndLinksDoNotDependOnLineEndings() throws IOException {
    String ar = Files.readString(Path.of("corpus/sample/statement-ar.txt"));
    String en = Files.readString(Path.of("corpus/sample/statement-en.txt"));
    Alignment lf = align(ar, en, "\n");
    for (String eol : List.of("\r\n", "\r")) {
      Alignment other = align(ar, en, eol);
      assertThat(texts(other.source())).isEqualTo(texts(lf.source()));
      assertThat(texts(other.target())).isEqualTo(texts(lf.target()));
      assertThat(LinkFile.format(other.links())).isEqualTo(LinkFile.format(lf.links()));
      assertThat(other.links()).isEqualTo(lf.links());
    }
    assertThat(align(ar, en, "\r\n").source().sentence(3).start())
        .isGreaterThan(lf.source().sentence(3).start());
  }

  private static Alignment align(String ar, String en, String eol) {
    return Qarin.align(
        DocumentReader.of("ar.txt", ar.replace("\n", eol), Format.TEXT),
        DocumentReader.of("en.txt", en.replace("\n", eol), Format.TEXT),
        QarinOptions.defaults());
  }

  private static List<String> texts(Document d) {
    return d.sentences().stream().map(Sentence::text).map(SentenceWriter::oneLine).toList();
  }
}

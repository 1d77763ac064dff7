package org.qarin.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qarin.export.SentenceWriter;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/** The corpus sample's hand segmentation (corpus/sample/*.sentences) is what qarin produces. */
class CorpusSampleSegmentationTest {
  @ParameterizedTest
  @CsvSource({"statement-ar, AR", "statement-en, EN"})
  void matchesTheHandSegmentation(String name, Language lang) throws IOException {
    Path dir = Path.of("corpus/sample");
    String text = Files.readString(dir.resolve(name + ".txt"));
    for (String eol : new String[] {"\n", "\r\n", "\r"}) {
      List<String> actual =
          RuleSegmenter.defaults().segment(text.replace("\n", eol), lang).stream()
              .map(Sentence::text)
              .map(SentenceWriter::oneLine)
              .toList();
      assertThat(actual).as(eol).isEqualTo(Files.readAllLines(dir.resolve(name + ".sentences")));
    }
  }
}

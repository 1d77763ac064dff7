package org.qarin.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.qarin.lab.SegmentGrowth;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/**
 * A single line of 10 MB without punctuation, as a broken export or a scraped page gives: it is
 * segmented in linear time (seconds here; the timeout only catches a quadratic step), and every
 * character stays in exactly one sentence. {@code qarin bench segment-growth} shows the growth.
 */
class LongLineSegmentationTest {
  private static final int TEN_MB = 10_000_000;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void tenMegabyteArabicLineWithoutPunctuation() throws IOException {
    segment(Language.AR, "statement-ar.txt");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void tenMegabyteEnglishLineWithoutPunctuation() throws IOException {
    segment(Language.EN, "statement-en.txt");
  }

  private static void segment(Language language, String sample) throws IOException {
    String words = Files.readString(Path.of("corpus/sample", sample));
    String line = SegmentGrowth.unpunctuatedLine(words, TEN_MB);
    List<Sentence> sentences = RuleSegmenter.defaults().segment(line, language);
    SegmentationPropertyTest.assertInvariants(line, sentences, language.code());
    assertThat(sentences.get(sentences.size() - 1).end()).isEqualTo(line.length());
  }
}

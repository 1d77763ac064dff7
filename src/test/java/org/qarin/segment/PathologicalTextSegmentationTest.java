package org.qarin.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/**
 * Texts shaped to make a careless segmenter quadratic: long runs of one character. Each run here is
 * 256 k characters, so linear segmentation takes a second and a quadratic one hours; the generous
 * timeouts only catch the latter. Each result still keeps the span invariants.
 */
class PathologicalTextSegmentationTest {
  private static final RuleSegmenter SEGMENTER = RuleSegmenter.defaults();
  private static final int RUN = 1 << 18;

  /** Okapi tried every dot of the run and scanned to its end from each: 20 s for 10,000 dots. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void runOfFullStopsIsNotQuadratic() {
    check("Contents" + ".".repeat(RUN) + " 5. The end.");
    check("قال" + "؟".repeat(RUN) + " نعم.");
  }

  /** The list-item rule's {@code ^\s*[•·*-]?\s*} backtracked over every split of the run. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void leadingRunOfSpacesIsNotQuadratic() {
    check(" ".repeat(RUN) + "1. item");
    check("\t".repeat(RUN) + "x");
  }

  /** NFC reorders combining marks by insertion: alternating classes made it quadratic. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void longRunOfCombiningMarksIsNotQuadratic() {
    check("x" + "\u0301\u0316".repeat(RUN * 2) + " y.");
    check("ب" + "\u0651\u064E".repeat(RUN * 2) + " نعم.");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void runsOfQuotesAbbreviationsAndEllipsesAreLinear() {
    check("He said" + "\u201D".repeat(RUN) + " Then.");
    check("A.".repeat(RUN / 2) + " The end.");
    check("Wait... ".repeat(RUN / 8));
    check("- \n".repeat(RUN / 4));
  }

  private static void check(String text) {
    for (Language language : Language.values()) {
      List<Sentence> sentences = SEGMENTER.segment(text, language);
      SegmentationPropertyTest.assertInvariants(text, sentences, language.code());
      assertThat(sentences).isNotEmpty();
    }
  }
}

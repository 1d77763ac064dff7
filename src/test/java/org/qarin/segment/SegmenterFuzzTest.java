package org.qarin.segment;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.qarin.model.Language;
import org.qarin.testing.FuzzInput;

/**
 * Any string, in either language: segmentation never fails, and its spans keep the invariants of
 * {@link SegmentationPropertyTest} (in bounds, increasing, text equal to the substring, every
 * non-space character covered exactly once).
 */
class SegmenterFuzzTest {
  private static final RuleSegmenter SEGMENTER = RuleSegmenter.defaults();

  @FuzzTest
  void segment(byte[] data) {
    String text = FuzzInput.text(data);
    for (Language language : Language.values()) {
      SegmentationPropertyTest.assertInvariants(
          text, SEGMENTER.segment(text, language), language.code());
    }
  }
}

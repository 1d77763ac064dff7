package org.qarin.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qarin.model.Language;
import org.qarin.model.Sentence;
import org.qarin.text.Chars;

/**
 * Random texts of Arabic, Latin, digits, diacritics, tatweel, bidi marks, punctuation and mixed
 * line endings: segmentation never fails, and its spans stay in bounds, in order, without overlap,
 * and cover every non-space character exactly once.
 */
class SegmentationPropertyTest {
  private static final String[] PIECES = {
    "قال",
    "الوزير",
    "إن",
    " ",
    " ",
    " ",
    ".",
    ". ",
    "؟ ",
    "! ",
    "، ",
    "؛",
    "\u064E",
    "\u0651",
    "ـ",
    "\u200F",
    "\u200E",
    "\u202E",
    "\u2066",
    "\r\n",
    "\n",
    "\r",
    "\n\n",
    "Mr.",
    "U.S.",
    "The",
    "a.m.",
    "3.5",
    "٣٫٥",
    "2024/11/30",
    "”",
    "«",
    "»",
    "\"",
    "…",
    "...",
    "- ",
    "1. ",
    "\uFEFB",
    "\uFDF2",
    "\u00A0",
    "\t",
    "x",
    "\uE101",
    "\uD83D\uDE00",
    "د.",
    "هـ.",
    "م."
  };

  @Test
  void randomTextKeepsTheSpanInvariants() {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    RuleSegmenter segmenter = RuleSegmenter.defaults();
    for (int round = 0; round < 500; round++) {
      String text = randomText(random);
      for (Language lang : Language.values()) {
        List<Sentence> sentences = segmenter.segment(text, lang);
        assertInvariants(text, sentences, "seed " + seed + " round " + round);
      }
    }
  }

  static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(60);
    for (int k = 0; k < n; k++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  static void assertInvariants(String text, List<Sentence> sentences, String context) {
    if (sentences.isEmpty()) {
      // only white space and characters analysis ignores (bidi marks, tatweel): nothing to say
      assertThat(text.codePoints().allMatch(c -> Chars.isSpace(c) || Chars.isIgnorable(c)))
          .as(context)
          .isTrue();
      return;
    }
    int previousEnd = 0;
    StringBuilder covered = new StringBuilder();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      assertThat(s.index()).as(context).isEqualTo(k);
      assertThat(s.start()).as(context).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).as(context).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
      assertThat(s.text()).as(context).isEqualTo(text.substring(s.start(), s.end()));
      covered.append(s.text());
      previousEnd = s.end();
    }
    assertThat(nonSpace(covered.toString())).as(context).isEqualTo(nonSpace(text));
  }

  private static String nonSpace(String s) {
    return s.codePoints()
        .filter(c -> !Chars.isSpace(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}

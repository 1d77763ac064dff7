package org.qarin.align.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qarin.align.LinkFile;

/** Figures checked by hand against tools/score.py on the same links. */
class AlignmentScoresTest {
  @Test
  void strictAndLaxAsVecalignDefinesThem() {
    AlignmentScores s = new AlignmentScores();
    // gold: 0-0, 1-1 2, 2 dropped; test: 0-0, 1-1, 2-2
    s.add(
        LinkFile.parse("[0]:[0]\n[1]:[1, 2]\n[2]:[]"),
        LinkFile.parse("[0]:[0]\n[1]:[1]\n[2]:[2]"),
        3,
        3);
    assertThat(s.figures())
        .containsEntry("precision_strict", 0.3333)
        .containsEntry("recall_strict", 0.5)
        .containsEntry("precision_lax", 0.6667)
        .containsEntry("recall_lax", 1.0)
        .containsEntry("dropped_p", 1.0)
        .containsEntry("dropped_r", 0.0)
        .containsEntry("added_r", 1.0);
  }

  @Test
  void goldWithoutEmptyLinksIsCompletedFromTheCounts() {
    AlignmentScores s = new AlignmentScores();
    s.add(LinkFile.parse("[0]:[0]"), LinkFile.parse("[0]:[0]\n[1]:[]\n[]:[1]"), 2, 2);
    assertThat(s.figures())
        .containsEntry("f1_strict", 1.0)
        .containsEntry("dropped_f1", 1.0)
        .containsEntry("added_f1", 1.0);
  }
}

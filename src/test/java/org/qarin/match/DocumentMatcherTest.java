package org.qarin.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.match.DocumentMatcher.Pair;

/** How weighed pairs are judged against their rivals, on evidence set by hand. */
class DocumentMatcherTest {
  private static final PairScorer.Coverage HALF = new PairScorer.Coverage(0.5, 0.5, 1);

  private static final PairScorer.Coverage WHOLE_TARGET = new PairScorer.Coverage(0.5, 1, 1);

  /** Evidence of 0.7 falls short of the usual bar (0.7 / 1.6 < 0.5) but passes the mutual one. */
  private static final double BETWEEN_BARS = 0.7;

  /** Evidence with a sentence in a confident link. */
  private static PairScorer.Evidence evidence(double e) {
    return new PairScorer.Evidence("s", "t", e, HALF, 1);
  }

  /** Evidence from index shares and weak links only. */
  private static PairScorer.Evidence unlinked(double e) {
    return new PairScorer.Evidence("s", "t", e, HALF, 0);
  }

  @Test
  void eachOthersBestWithRivalsNeedsLessEvidence() {
    List<Pair> pairs = List.of(new Pair(0, 0), new Pair(0, 1), new Pair(1, 0), new Pair(1, 1));
    List<PairScorer.Evidence> weighed =
        List.of(evidence(BETWEEN_BARS), evidence(0.2), evidence(0.3), evidence(0.1));

    List<Match> judged = DocumentMatcher.judge(pairs, weighed, 2, 2);

    assertThat(judged.get(0).score()).isEqualTo(0.5385); // 0.7 / (0.7 + 0.6)
    assertThat(judged.get(0).renders()).isTrue();
    assertThat(judged.get(1).score()).isEqualTo(0.1818); // 0.2 / (0.2 + 0.9)
    // source 1's best, but target 0's best is source 0
    assertThat(judged.get(2).score()).isEqualTo(0.25); // 0.3 / (0.3 + 0.9)
    assertThat(judged.get(3).score()).isEqualTo(0.1); // 0.1 / (0.1 + 0.9)
    assertThat(judged.stream().skip(1).noneMatch(Match::renders)).isTrue();
  }

  @Test
  void aPairWithoutRivalsOrBeatenOnOneSideMeetsTheUsualBar() {
    // source 0 has only target 0; target 1's best is source 2, not source 1
    List<Pair> pairs =
        List.of(new Pair(0, 0), new Pair(1, 1), new Pair(1, 2), new Pair(2, 1), new Pair(2, 2));
    List<PairScorer.Evidence> weighed =
        List.of(
            evidence(BETWEEN_BARS),
            evidence(BETWEEN_BARS),
            evidence(0.1),
            evidence(0.8),
            evidence(0.1));

    List<Match> judged = DocumentMatcher.judge(pairs, weighed, 3, 3);

    assertThat(judged.get(0).score()).isEqualTo(0.4375); // 0.7 / (0.7 + 0.9): no rival
    assertThat(judged.get(1).score()).isEqualTo(0.4375); // beaten for target 1 by source 2
    assertThat(judged.get(3).score()).isEqualTo(0.5714); // 0.8 / (0.8 + 0.6): each other's best
    assertThat(judged.get(0).renders()).isFalse();
    assertThat(judged.get(1).renders()).isFalse();
  }

  @Test
  void theShortlistKeepsTheBestSharesEachWayAndPairsRankedFirstBothWays() {
    // (0, 3) is fourth by shares for source 0 and for target 3
    List<Pair> pairs =
        List.of(
            new Pair(0, 0),
            new Pair(0, 1),
            new Pair(0, 2),
            new Pair(0, 3),
            new Pair(1, 3),
            new Pair(2, 3),
            new Pair(3, 3));
    double[] shares = {0.9, 0.8, 0.7, 0.1, 0.9, 0.8, 0.7};
    boolean[] none = new boolean[pairs.size()];
    boolean[] longCounterpart = none.clone();
    longCounterpart[3] = true;

    assertThat(DocumentMatcher.shortlist(pairs, shares, none)).containsExactly(0, 1, 2, 4, 5, 6);
    assertThat(DocumentMatcher.shortlist(pairs, shares, longCounterpart))
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void aSourceWhoseTargetAnotherHasWholeNeedsAConfidentLink() {
    // target 0 is rendered whole by source 0; target 1 only in half by source 3
    List<Pair> pairs =
        List.of(new Pair(0, 0), new Pair(1, 0), new Pair(2, 0), new Pair(2, 1), new Pair(3, 1));
    List<PairScorer.Evidence> weighed =
        List.of(
            new PairScorer.Evidence("s", "t", 3, WHOLE_TARGET, 5),
            unlinked(1.5), // shares alone: topical
            evidence(1.5), // overlaps source 0, as a republished article does
            unlinked(1.2),
            evidence(2));

    List<Match> judged = DocumentMatcher.judge(pairs, weighed, 4, 2);

    assertThat(judged.get(0).renders()).isTrue();
    assertThat(judged.get(1).score()).isEqualTo(0.0);
    assertThat(judged.get(1).renders()).isFalse();
    assertThat(judged.get(2).score()).isEqualTo(0.625); // 1.5 / (1.5 + 0.9)
    assertThat(judged.get(3).score()).isEqualTo(0.5714); // target 1 is open: 1.2 / (1.2 + 0.9)
  }

  @Test
  void aTieGoesToTheEarlierPair() {
    List<Pair> pairs = List.of(new Pair(0, 0), new Pair(0, 1), new Pair(1, 0), new Pair(1, 1));
    List<PairScorer.Evidence> weighed =
        List.of(evidence(BETWEEN_BARS), evidence(BETWEEN_BARS), evidence(0.1), evidence(0.1));

    List<Match> judged = DocumentMatcher.judge(pairs, weighed, 2, 2);

    assertThat(judged.get(0).renders()).isTrue();
    assertThat(judged.get(1).renders()).isFalse();
  }
}

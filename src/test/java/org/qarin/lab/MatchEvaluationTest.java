package org.qarin.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.lab.MatchCollection.Kind;
import org.qarin.lab.MatchCollection.Truth;
import org.qarin.match.Match;
import org.qarin.match.MatchResult;
import org.qarin.match.SourceMatches;
import org.qarin.match.Verdict;

class MatchEvaluationTest {
  private static Match m(String s, String t, double score, Verdict v) {
    return new Match(s, t, score, 0.5, 0.5, 1, v);
  }

  @Test
  void countsTopOneWhereACounterpartExistsAndSilenceWhereNoneDoes() {
    List<Truth> truth =
        List.of(
            new Truth("a", "A", Kind.WHOLE), // found first
            new Truth("b", "B", Kind.HALF), // found second: a top-1 miss
            new Truth("c", "C", Kind.WHOLE), // not found
            new Truth("d", "", Kind.NONE), // nothing reported: correct
            new Truth("e", "", Kind.NONE)); // a match reported: wrong
    MatchResult r =
        new MatchResult(
            List.of(
                new SourceMatches(
                    "a", List.of(m("a", "A", 0.9, Verdict.WHOLE), m("a", "X", 0.6, Verdict.PART))),
                new SourceMatches(
                    "b", List.of(m("b", "X", 0.8, Verdict.PART), m("b", "B", 0.7, Verdict.PART))),
                new SourceMatches("c", List.of(m("c", "C", 0.3, Verdict.NONE))),
                new SourceMatches("d", List.of()),
                new SourceMatches("e", List.of(m("e", "Y", 0.55, Verdict.PART)))));

    MatchEvaluation.Figures f = MatchEvaluation.score(truth, r, 4, 0, 0);

    assertThat(f.top1()).isEqualTo(1 / 3.0);
    assertThat(f.noneCorrect()).isEqualTo(0.5);
    assertThat(f.wrongReports()).isEqualTo(3); // a->X, b->X, e->Y
    assertThat(f.whole()).isEqualTo(2);
    assertThat(f.half()).isEqualTo(1);
    assertThat(f.none()).isEqualTo(2);
  }
}

package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.lexicon.build.NameEvaluation;
import org.qarin.lexicon.build.NameSplit;

/**
 * The shipped name model on the held-out test names of the shared data (names it never saw, and
 * whose Arabic it never saw either): at least 95% of true pairs match, at most 1% of distractors
 * do. Skipped where {@code ../shared/data} is absent.
 */
class NameMatcherEvalIT {
  private static final Path DATA = Path.of("../shared/data");

  @Test
  void testNamesMeetTheTargets() throws IOException {
    assumeTrue(
        Files.isRegularFile(DATA.resolve(NameSplit.WIKIDATA))
            && Files.isRegularFile(DATA.resolve(NameSplit.GOOGLE)),
        "no ../shared/data/names-ar-en here");
    List<NameEvaluation.Trial> trials =
        NameEvaluation.trials(NameSplit.read(DATA), NameSplit.Part.TEST, 1);
    NameEvaluation.Scores s = NameEvaluation.score(NameMatcher.bundled(), trials);
    assertThat(s.pairs()).isGreaterThan(5_000);
    assertThat(s.recall()).as("recall on %d test pairs", s.pairs()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.falseMatchRate())
        .as("false matches among %d distractors", s.distractors())
        .isLessThanOrEqualTo(0.01);
  }
}

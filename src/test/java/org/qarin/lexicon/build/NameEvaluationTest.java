package org.qarin.lexicon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qarin.lexicon.build.NameEvaluation.Trial;
import org.qarin.lexicon.build.NameSplit.Pair;
import org.qarin.lexicon.build.NameSplit.Part;
import org.qarin.lexicon.build.NameSplit.Source;

class NameEvaluationTest {
  private static NameSplit split() {
    List<Pair> pairs =
        SyntheticNames.lines(3000, 3).stream()
            .map(l -> l.split("\t"))
            .map(f -> new Pair(f[0], f[1], Source.GOOGLE))
            .toList();
    return NameSplit.of(pairs);
  }

  @Test
  void distractorsAreOtherNamesOfTheSamePartAndOfSimilarLength() {
    NameSplit split = split();
    Set<String> test = new HashSet<>();
    split.pairs(Part.TEST).forEach(p -> test.add(p.english()));
    List<Trial> trials = NameEvaluation.trials(split, Part.TEST, 1);
    assertThat(trials).hasSameSizeAs(split.pairs(Part.TEST));
    for (Trial t : trials) {
      int length = NameSplit.englishKey(t.pair().english()).length();
      assertThat(t.distractors())
          .hasSizeBetween(1, NameEvaluation.DISTRACTORS)
          .doesNotHaveDuplicates();
      for (String d : t.distractors()) {
        assertThat(test).contains(d);
        assertThat(d).isNotEqualTo(t.pair().english());
        assertThat(Math.abs(NameSplit.englishKey(d).length() - length))
            .isLessThanOrEqualTo((int) (0.2 * length));
      }
    }
  }

  @Test
  void anotherEnglishNameOfTheSameArabicIsNoDistractor() {
    List<String> spellings = new ArrayList<>(); // mohamed, muhamad, mahameda...
    for (String a : List.of("o", "u", "e", "a")) {
      for (String b : List.of("a", "e")) {
        for (String c : List.of("a", "e")) {
          for (String d : List.of("", "u", "a")) {
            String name = "m" + a + "h" + b + "m" + c + "d" + d;
            if (NameSplit.part(name) == Part.TEST) {
              spellings.add(name);
            }
          }
        }
      }
    }
    assertThat(spellings).hasSizeGreaterThanOrEqualTo(2);
    List<Pair> pairs = new ArrayList<>();
    spellings.forEach(n -> pairs.add(new Pair("محمد", n, Source.GOOGLE)));
    SyntheticNames.lines(300, 4).stream()
        .map(l -> l.split("\t"))
        .forEach(f -> pairs.add(new Pair(f[0], f[1], Source.GOOGLE)));
    for (Trial t : NameEvaluation.trials(NameSplit.of(pairs), Part.TEST, 1)) {
      if (t.pair().arabic().equals("محمد")) {
        assertThat(t.distractors()).isNotEmpty().doesNotContainAnyElementsOf(spellings);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameTrials() {
    NameSplit split = split();
    assertThat(NameEvaluation.trials(split, Part.DEV, 5))
        .isEqualTo(NameEvaluation.trials(split, Part.DEV, 5));
    assertThat(NameEvaluation.trials(split, Part.DEV, 5))
        .isNotEqualTo(NameEvaluation.trials(split, Part.DEV, 6));
  }
}

package org.qarin.lexicon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qarin.lexicon.build.NameSplit.Pair;
import org.qarin.lexicon.build.NameSplit.Part;
import org.qarin.lexicon.build.NameSplit.Source;

class NameSplitTest {
  private static List<Pair> pairs(List<String> lines) {
    List<Pair> pairs = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      pairs.add(new Pair(f[0], f[1], Source.GOOGLE));
    }
    return pairs;
  }

  @Test
  void aNameIsInOnePartOnly() {
    NameSplit split = NameSplit.of(pairs(SyntheticNames.lines(3000, 1)));
    Set<String> english = new HashSet<>();
    Set<String> arabic = new HashSet<>();
    for (Part part : Part.values()) {
      Set<String> partEnglish = new HashSet<>();
      Set<String> partArabic = new HashSet<>();
      for (Pair p : split.pairs(part)) {
        partEnglish.add(NameSplit.englishKey(p.english()));
        partArabic.add(NameSplit.arabicKey(p));
      }
      assertThat(english)
          .as("English names in %s and an earlier part", part)
          .doesNotContainAnyElementsOf(partEnglish);
      assertThat(arabic)
          .as("Arabic names in %s and an earlier part", part)
          .doesNotContainAnyElementsOf(partArabic);
      english.addAll(partEnglish);
      arabic.addAll(partArabic);
    }
    assertThat(split.dropped()).isPositive(); // فابا is both faba and vaba
  }

  @Test
  void partsTakeTwoTenthsOneTenthAndTheRest() {
    List<String> names =
        SyntheticNames.lines(20_000, 2).stream().map(l -> l.split("\t")[1]).toList();
    long test = names.stream().filter(n -> NameSplit.part(n) == Part.TEST).count();
    long dev = names.stream().filter(n -> NameSplit.part(n) == Part.DEV).count();
    assertThat(test / 20_000.0).isBetween(0.18, 0.22);
    assertThat(dev / 20_000.0).isBetween(0.08, 0.12);
  }

  @Test
  void thePartComesFromTheNormalisedEnglishName() {
    assertThat(NameSplit.part("Müller")).isEqualTo(NameSplit.part("muller"));
    assertThat(NameSplit.part("O'Brien")).isEqualTo(NameSplit.part("obrien"));
    assertThat(NameSplit.part("Marchetti")).isEqualTo(NameSplit.part("marcheti"));
  }

  @Test
  void repeatsAndPairsWithoutLettersAreLeftOut() {
    List<Pair> pairs =
        List.of(
            new Pair("سميث", "smith", Source.WIKIDATA_SEEN_TWICE),
            new Pair("سميث", "Smith", Source.GOOGLE), // the same pair, normalised
            new Pair("سميث", "smyth", Source.GOOGLE),
            new Pair("123", "smith", Source.GOOGLE),
            new Pair("سميث", "---", Source.GOOGLE));
    NameSplit split = NameSplit.of(pairs);
    assertThat(split.all()).extracting(Pair::english).containsExactly("smith", "smyth");
  }

  @Test
  void theSameDataGivesTheSameSplit(@TempDir Path dir) throws IOException {
    Path data = SyntheticNames.dataFolder(dir);
    NameSplit a = NameSplit.read(data);
    NameSplit b = NameSplit.read(data);
    for (Part part : Part.values()) {
      assertThat(a.pairs(part)).isEqualTo(b.pairs(part)).isNotEmpty();
    }
    assertThat(a.all())
        .extracting(Pair::source)
        .contains(Source.WIKIDATA_SEEN_TWICE, Source.GOOGLE);
  }
}

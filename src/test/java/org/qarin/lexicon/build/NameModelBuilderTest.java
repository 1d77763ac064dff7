package org.qarin.lexicon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qarin.lexicon.NameMatcher;

/** The builder on made-up names: what it writes, and that it writes it the same way every time. */
class NameModelBuilderTest {
  @Test
  void theSameDataGivesTheSameBytes(@TempDir Path dir) throws IOException {
    Path data = SyntheticNames.dataFolder(dir.resolve("data"));
    List<String> log = new ArrayList<>();
    NameModelBuilder.build(data, dir.resolve("a"), log::add);
    NameModelBuilder.build(data, dir.resolve("b"), line -> {});
    byte[] a = Files.readAllBytes(dir.resolve("a").resolve(NameMatcher.FILE));
    assertThat(Files.readAllBytes(dir.resolve("b").resolve(NameMatcher.FILE))).isEqualTo(a);
    assertThat(log)
        .anyMatch(l -> l.startsWith("name pairs: train "))
        .anyMatch(l -> l.startsWith("EM pass 10"));
  }

  @Test
  void theModelLearnsTheSyllablesAndCapsFalseMatchesOnDev(@TempDir Path dir) throws IOException {
    Path data = SyntheticNames.dataFolder(dir.resolve("data"));
    NameModelBuilder.Result r = NameModelBuilder.build(data, dir, line -> {});
    assertThat(r.dev().pairs()).isPositive();
    assertThat(r.dev().falseMatchRate()).isLessThanOrEqualTo(0.001);
    assertThat(r.dev().recall()).isGreaterThan(0.9);
    NameMatcher m = NameMatcher.load(dir);
    assertThat(m.threshold()).isEqualTo(r.threshold());
    assertThat(m.sameName("شاكيرا", "shakira")).isTrue(); // no such name in the data
    assertThat(m.sameName("شاكيرا", "dinamo")).isFalse();
  }

  @Test
  void theFileNamesItsSourcesAndLicence(@TempDir Path dir) throws IOException {
    NameModelBuilder.build(SyntheticNames.dataFolder(dir.resolve("data")), dir, line -> {});
    String text = Files.readString(dir.resolve(NameMatcher.FILE));
    assertThat(text)
        .contains(
            "Wikidata", "CC0 1.0", "google/transliteration", "Licence of this file: Apache-2.0");
    assertThat(text.lines().filter(l -> !l.startsWith("#")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).startsWith("threshold\t"));
  }
}

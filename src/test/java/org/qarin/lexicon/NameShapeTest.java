package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameShapeTest {
  @Test
  void surnamesNoListHasLookLikeNamesAndTermsDoNot() {
    Lexicon lexicon = Lexicon.bundled();
    // none of these is in either list: the letters alone decide
    for (String name : new String[] {"zielinski", "petrenko", "quiroga"}) {
      assertThat(lexicon.personName(name)).as(name).isFalse();
      assertThat(lexicon.nameShape(name)).as(name).isGreaterThan(0.7);
    }
    for (String term : new String[] {"cassation", "subcommittee", "transantarctic"}) {
      assertThat(lexicon.nameShape(term)).as(term).isLessThan(0.1);
    }
  }

  @Test
  void learnsFromTheTwoListsOnly() {
    NameShape shape =
        new NameShape(
            Set.of("kowalski", "nowakowski", "wisniewski"),
            Set.of("station", "nation", "relation"));
    assertThat(shape.of("lewandowski")).isGreaterThan(0.9);
    assertThat(shape.of("ration")).isLessThan(0.1);
    assertThat(shape.of("ab")).isEqualTo(0.5); // too short to read
    assertThat(shape.of("al-assad")).isEqualTo(0.5); // other letters
  }
}

package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The model file's format: what a hand-written model does, and the errors a broken one gets. */
class NameModelFileTest {
  /** A model that knows b as ب and a as ا, and nothing else. */
  private static String tiny(String threshold) {
    StringBuilder sb = new StringBuilder("# a tiny model\n");
    sb.append(threshold);
    sb.append("min-ratio\t-\t-\t0.5\nmax-ratio\t-\t-\t3\nfloor\t-\t-\t20\n");
    sb.append("op\tب\tb\t3\nop\tا\ta\t3\nop\tا\t-\t5\nop\t-\ta\t4\nop\tش\tsh\t3\n");
    for (char c : NameLetters.ARABIC_LETTERS.toCharArray()) {
      sb.append("null\t").append(c).append("\t-\t2\n");
    }
    for (char c = 'a'; c <= 'z'; c++) {
      sb.append("null\t-\t").append(c).append("\t2\n");
    }
    return sb.toString();
  }

  private static NameMatcher parse(String text) throws IOException {
    return NameMatcher.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertRejected(String text, String problem) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void aHandWrittenModelScoresByItsCosts() throws IOException {
    NameMatcher m = parse(tiny("threshold\t-\t-\t0.4\n"));
    assertThat(m.threshold()).isEqualTo(0.4);
    // four operations of cost 3 against eight letters of cost 2 on their own: 2(16 - 12) / 16
    assertThat(m.similarity("بابا", "baba")).isEqualTo(0.5);
    // three operations of cost 3 against seven letters: 2(14 - 9) / 14
    assertThat(m.similarity("شاب", "shab")).isCloseTo(5 / 7.0, within(1e-6));
    // an unwritten vowel costs its insertion, 4: 2(14 - 13) / 14
    assertThat(m.similarity("ببا", "baba")).isCloseTo(1 / 7.0, within(1e-6));
    assertThat(m.sameName("بابا", "baba")).isTrue();
    assertThat(m.sameName("بابا", "dodo")).isFalse(); // floor costs only
    assertThat(m.similarity("بابا", "dodo")).isZero();
  }

  @Test
  void aModelWithoutThresholdIsRefused() {
    assertRejected(tiny(""), "no threshold");
    assertRejected(tiny("threshold\t-\t-\t0\n"), "no threshold");
  }

  @Test
  void brokenRowsAreRefusedWithTheirLine() {
    String good = tiny("threshold\t-\t-\t0.4\n");
    assertRejected(good + "op\tب\tb\n", "expected 4 fields");
    assertRejected(good + "op\tب\tbbb\t1\n", "one or two Latin letters");
    assertRejected(good + "op\tB\tb\t1\n", "unknown Arabic letter");
    assertRejected(good + "op\t-\tsh\t1\n", "not an operation");
    assertRejected(good + "op\tب\tB\t1\n", "not a to z");
    assertRejected(good + "op\tب\tb\t-1\n", "not a non-negative number");
    assertRejected(good + "op\tب\tb\tone\n", "not a number");
    assertRejected(good + "cost\tب\tb\t1\n", "unknown row kind");
    assertRejected("op\tب\tb\t1\n" + good, "line 1: an op before the floor");
  }

  @Test
  void everyLetterNeedsItsOwnCost() {
    String good = tiny("threshold\t-\t-\t0.4\n");
    assertRejected(good.replace("null\t-\tq\t2\n", ""), "no null cost for q");
    assertRejected(good.replace("null\tچ\t-\t2\n", ""), "no null cost for چ");
  }
}

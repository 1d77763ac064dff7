package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** Tokens far longer than any word or quantity cost no more than their length. */
class LongTokenTest {
  @Test
  void numbersKeepTheirCanonicalForm() {
    assertThat(Numbers.canonical("1,200")).isEqualTo("1200");
    assertThat(Numbers.canonical("٣٫٥٠")).isEqualTo("3.5");
    assertThat(Numbers.canonical("007")).isEqualTo("7");
  }

  /** BigDecimal strips trailing zeros one division at a time: 100,000 zeros took 20 s. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void numberOfAMillionDigitsIsKeptAsWritten() {
    String digits = "1" + "0".repeat(1_000_000);
    assertThat(Numbers.canonical(digits)).isEqualTo(digits);
  }
}

package org.qarin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The script checks' shortcuts agree with Unicode's tables for every code point. */
class CharsTest {
  @Test
  void arabicAndLatinLettersAreUnicodesForEveryCodePoint() {
    List<String> wrong = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      boolean letter = Character.isLetter(c);
      if (Chars.isArabicLetter(c) != (letter && script == Character.UnicodeScript.ARABIC)
          || Chars.isLatinLetter(c) != (letter && script == Character.UnicodeScript.LATIN)) {
        wrong.add(String.format("U+%04X", c));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void tatweelIsNoArabicLetter() {
    assertThat(Chars.isArabicLetter('\u0640')).isFalse(); // a letter, but of no one script
    assertThat(Chars.isArabicLetter('ب')).isTrue();
    assertThat(Chars.isLatinWord("Assad")).isTrue();
    assertThat(Chars.isLatinWord("Ассад")).isFalse();
  }
}

package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final Transliterator ICU = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

  @Test
  void theShippedTableIsIcusArabicLatinCharacterByCharacter() {
    for (char c = 0x0600; c <= 0x06FF; c++) {
      String s = String.valueOf(c);
      assertThat(Names.romanise(s)).as("U+%04X", (int) c).isEqualTo(ICU.transliterate(s));
    }
  }

  @Test
  void wordsRomaniseAsIcuDoes() {
    for (String w :
        new String[] {
          "بشار", "اسد", "روسيا", "حكومه", "الخطيب", "ادلب", "استخبارات", "لافرينتييف", "ظضذثغ"
        }) {
      assertThat(Names.romanise(w)).as(w).isEqualTo(ICU.transliterate(w));
    }
  }

  @Test
  void basharAlAssadMeetsItsRomanisation() {
    assertThat(Names.arabicSkeleton(ArabicTerms.lightKey("بشار")))
        .isEqualTo(Names.latinSkeleton("Bashar"));
    assertThat(Names.arabicSkeleton(ArabicTerms.lightKey("الأسد")))
        .isEqualTo(Names.latinSkeleton("al-Assad"));
    assertThat(Names.arabicSkeleton(ArabicTerms.lightKey("إدلب")))
        .isEqualTo(Names.latinSkeleton("Idlib"));
    assertThat(Names.arabicSkeleton(ArabicTerms.lightKey("الخطيب")))
        .isEqualTo(Names.latinSkeleton("Khatib"));
  }

  @Test
  void differentNamesHaveDifferentSkeletons() {
    assertThat(Names.latinSkeleton("Damascus")).isNotEqualTo(Names.arabicSkeleton("حمص"));
  }
}

package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One small check per reduction rule: {@code check(word, key)}. */
class ArabicTermsTest {
  static void check(String word, String key) {
    assertThat(ArabicTerms.key(word)).as(word).isEqualTo(key);
  }

  @Test
  void articleAndConjunction() {
    check("والحكومة", "حكوم"); // و + ال, teh marbuta normalised then stemmed
    check("الحكومة", "حكوم");
  }

  @Test
  void prepositionWithArticle() {
    check("بالحكومة", "حكوم");
    check("للحكومة", "حكوم"); // لل: ل + ال with its alef dropped
  }

  @Test
  void attachedPronounBeforePluralEnding() {
    check("صلاحياتهم", ArabicTerms.key("صلاحيات"));
  }

  @Test
  void hamzaFormsAndDiacriticsAreNormalised() {
    check("إِدْلِب", ArabicTerms.key("ادلب"));
    check("أحمد", ArabicTerms.key("احمد"));
  }

  @Test
  void functionWordsHaveNoKey() {
    assertThat(ArabicTerms.key("في")).isNull();
    assertThat(ArabicTerms.key("التي")).isNull();
    assertThat(ArabicTerms.key("وأن")).isNull();
  }

  @Test
  void shortWordsKeepTheirLetters() {
    check("بلد", "بلد"); // ب is part of the word, not a preposition
  }
}

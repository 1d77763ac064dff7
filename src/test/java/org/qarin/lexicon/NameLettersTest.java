package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letters names are compared on, one rule each. */
class NameLettersTest {
  private static void assertArabic(String word, String letters) {
    assertThat(NameLetters.arabic(word)).as(word).isEqualTo(letters);
  }

  private static void assertLatin(String word, String letters) {
    assertThat(NameLetters.latin(word)).as(word).isEqualTo(letters);
  }

  @Test
  void arabicLosesDiacriticsTatweelAndBidiMarks() {
    assertArabic("فَاطِمَةُ", "فاطمة"); // harakat
    assertArabic("مُحَمَّد", "محمد"); // shadda
    assertArabic("بشـــار", "بشار"); // tatweel
    assertArabic("\u200Fبشار\u200E", "بشار"); // RLM, LRM
  }

  @Test
  void arabicAlefFormsAreOne() {
    assertArabic("أحمد", "احمد");
    assertArabic("إدلب", "ادلب");
    assertArabic("آمنة", "امنة");
    assertArabic("ٱلله", "الله"); // alef wasla
  }

  @Test
  void persianAndMaghrebiLettersBecomeArabic() {
    assertArabic("ڤولفو", "فولفو"); // veh
    assertArabic("پول", "بول"); // peh
    assertArabic("گوگل", "غوغل"); // gaf
    assertArabic("ڨابس", "غابس"); // Tunisian qaf
    assertArabic("کریم", "كريم"); // keheh, Farsi yeh
  }

  @Test
  void tehSheenIsOneLetter() {
    assertArabic("تشارلز", "چارلز");
    assertArabic("چارلز", "چارلز");
  }

  @Test
  void arabicKeepsTehMarbutaAlefMaqsuraAndHamzaSeats() {
    assertArabic("فاطمة", "فاطمة");
    assertArabic("موسى", "موسى");
    assertArabic("هانئ", "هانئ");
  }

  @Test
  void arabicPresentationFormsBecomeLetters() {
    assertArabic("\uFEDF\uFEFC\uFE8E", "للاا"); // lam, lam-alef ligature, alef
    assertArabic("\uFE91\uFEB8\uFE8E\uFEAE", "بشار");
    assertArabic("عبد\uFDF2", "عبدالله"); // a word in one character
    assertArabic("محمد \uFDFA", "محمد"); // not a phrase in one character
  }

  @Test
  void arabicIgnoresOtherScriptsAndDigits() {
    assertArabic("بشار1", "بشار");
    assertArabic("Bashar", "");
    assertArabic("٢٠٢٤", "");
  }

  @Test
  void latinIsLowerCaseAToZ() {
    assertLatin("BASHAR", "bashar");
    assertLatin("Jean-Pierre", "jeanpiere"); // hyphen and doubled r
    assertLatin("O'Brien", "obrien"); // apostrophe
    assertLatin("ʿAbd", "abd"); // ayn
    assertLatin("R.T.", "rt");
  }

  @Test
  void latinLosesDiacritics() {
    assertLatin("Müller", "muler");
    assertLatin("Erdoğan", "erdogan");
    assertLatin("Živanović", "zivanovic");
    assertLatin("İnan", "inan"); // Turkish dotted capital I
    assertLatin("Nguyễn", "nguyen"); // Latin Extended Additional
    assertLatin("Ferna\u0301ndez", "fernandez"); // decomposed accent
  }

  @Test
  void latinSpellsOutLettersWithoutDecomposition() {
    assertLatin("Strauß", "straus");
    assertLatin("Łukasz", "lukasz");
    assertLatin("Søren", "soren");
    assertLatin("Ægir", "aegir");
    assertLatin("Þór", "thor");
    assertLatin("Kırıkkale", "kirikale"); // dotless i
  }

  @Test
  void latinWritesXAsArabicDoes() {
    assertLatin("Alexander", "aleksander");
    assertLatin("Xavier", "ksavier");
  }

  @Test
  void latinDoubledLettersCountOnce() {
    assertLatin("Marchetti", "marcheti");
    assertLatin("Assad", "asad");
    assertLatin("Kennedy", "kenedy");
  }

  @Test
  void theArabicArticleNeedsTwoLettersAfterIt() {
    assertThat(NameLetters.withoutArticle("الاسد")).isEqualTo("اسد");
    assertThat(NameLetters.withoutArticle("السيسي")).isEqualTo("سيسي");
    assertThat(NameLetters.withoutArticle("الب")).isEqualTo("الب");
    assertThat(NameLetters.withoutArticle("بشار")).isEqualTo("بشار");
  }

  @Test
  void aLatinArticleNeedsASeparatorAndALetterAfterIt() {
    assertThat(NameLetters.latinArticle("al-Assad")).isEqualTo(3);
    assertThat(NameLetters.latinArticle("Al Assad")).isEqualTo(3);
    assertThat(NameLetters.latinArticle("el-Sisi")).isEqualTo(3);
    assertThat(NameLetters.latinArticle("ash-Shara")).isEqualTo(4);
    assertThat(NameLetters.latinArticle("an-Nahhas")).isEqualTo(3);
    assertThat(NameLetters.latinArticle("Alan")).isZero();
    assertThat(NameLetters.latinArticle("Alsanousi")).isZero();
    assertThat(NameLetters.latinArticle("al-")).isZero();
    assertThat(NameLetters.latinArticle("")).isZero();
  }
}

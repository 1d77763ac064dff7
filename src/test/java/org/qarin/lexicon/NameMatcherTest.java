package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shipped name model on the spellings reviewers meet, one equivalence each. */
class NameMatcherTest {
  private static final NameMatcher MATCHER = NameMatcher.bundled();

  private static void assertSame(String arabic, String latin) {
    assertThat(MATCHER.sameName(arabic, latin))
        .as(
            "%s and %s are one name (similarity %.3f)",
            arabic, latin, MATCHER.similarity(arabic, latin))
        .isTrue();
  }

  private static void assertDifferent(String arabic, String latin) {
    assertThat(MATCHER.sameName(arabic, latin))
        .as(
            "%s and %s are different names (similarity %.3f)",
            arabic, latin, MATCHER.similarity(arabic, latin))
        .isFalse();
  }

  @Test
  void theNamesOfTheBrief() {
    assertSame("ديفيس", "Davis");
    assertSame("ماركيتي", "Marchetti");
    assertSame("بوشار", "Bouchard");
    assertSame("تشونغ", "Zhong");
    assertSame("بينغهام", "Bingham");
    assertSame("بشار", "Bashar");
    assertSame("الأسد", "Assad");
    assertDifferent("حلب", "Aleppo"); // an exonym: a translation, not a transliteration
  }

  @Test
  void vIsFeh() {
    assertSame("ديفيس", "Davis"); // v↔ف
    assertSame("فيكتور", "Victor");
    assertSame("لافروف", "Lavrov");
    assertSame("ڤولفو", "Volvo"); // veh, the Persian v
  }

  @Test
  void zIsZainThalOrZah() {
    assertSame("زيدان", "Zidane"); // z↔ز
    assertSame("ذكي", "Zaki"); // z↔ذ
    assertSame("ناظم", "Nazim"); // z↔ظ
  }

  @Test
  void sIsSeenSadOrTheh() {
    assertSame("سامي", "Sami"); // s↔س
    assertSame("صالح", "Saleh"); // s↔ص
    assertSame("عثمان", "Osman"); // s↔ث
    assertSame("عثمان", "Othman"); // th↔ث
  }

  @Test
  void gIsGhainJeemQafOrKaf() {
    assertSame("غاري", "Gary"); // g↔غ
    assertSame("جمال", "Gamal"); // g↔ج, Egyptian
    assertSame("قاسم", "Gassim"); // g↔ق, Gulf
    assertSame("كراهام", "Graham"); // g↔ك
    assertSame("جورج", "George");
  }

  @Test
  void chIsTehSheenOrSheen() {
    assertSame("تشارلز", "Charles"); // ch↔تش
    assertSame("تشونغ", "Zhong"); // zh↔تش
    assertSame("شيراك", "Chirac"); // ch↔ش
    assertSame("بوشار", "Bouchard");
    assertSame("چارلز", "Charles"); // the Persian letter
  }

  @Test
  void longVowelsWrittenOrNot() {
    assertSame("محمد", "Muhammad"); // no vowel written
    assertSame("محمد", "Mohamed");
    assertSame("بشار", "Bashar"); // one of two written
    assertSame("ماريا", "Maria"); // all written
    assertSame("كيندي", "Kennedy");
    assertSame("نور", "Noor");
    assertSame("نور", "Nour");
  }

  @Test
  void iaIsYehTehMarbuta() {
    assertSame("سورية", "Syria"); // -ia↔ية
    assertSame("نادية", "Nadia");
    assertSame("أنطونية", "Antonia");
    assertSame("سوريا", "Syria"); // and ـيا
  }

  @Test
  void theArticleIsOptional() {
    assertSame("الأسد", "Assad"); // ال unwritten
    assertSame("الأسد", "al-Assad");
    assertSame("الأسد", "Al Assad");
    assertSame("اسد", "al-Assad"); // the caller already removed ال
    assertSame("السيسي", "el-Sisi");
    assertSame("الشرع", "ash-Shara"); // assimilated to a sun letter
    assertSame("الخطيب", "Khatib");
  }

  @Test
  void doubledLettersAreWrittenOnce() {
    assertSame("ماركيتي", "Marchetti");
    assertSame("حسن", "Hassan");
    assertSame("مكي", "Makki");
    assertSame("كيندي", "Kennedy");
  }

  @Test
  void aFinalHIsOptionalAndTehMarbutaIsA() {
    assertSame("فاطمة", "Fatimah"); // final h
    assertSame("فاطمة", "Fatima"); // ة↔a
    assertSame("حماة", "Hama");
    assertSame("حماة", "Hamah");
  }

  @Test
  void differentNamesOfSimilarLengthDoNotMatch() {
    assertDifferent("جونز", "Smith");
    assertDifferent("كارتر", "Porter");
    assertDifferent("أحمد", "Mahmoud");
    assertDifferent("بوتين", "Martin");
    assertDifferent("لافروف", "Ivanov");
    assertDifferent("ترامب", "Biden");
    assertDifferent("كريم", "Rahim");
    assertDifferent("بيروت", "Berlin");
    assertDifferent("هيلاري", "Harry");
    assertDifferent("سوريا", "Russia");
    assertDifferent("موسكو", "Mexico");
  }

  @Test
  void wordsWithoutLettersOfTheirScriptNeverMatch() {
    assertThat(MATCHER.similarity("", "")).isZero();
    assertThat(MATCHER.similarity("بشار", "")).isZero();
    assertThat(MATCHER.similarity("", "Bashar")).isZero();
    assertThat(MATCHER.similarity("2024", "2024")).isZero();
    assertThat(MATCHER.similarity("Bashar", "Bashar")).isZero(); // no Arabic letters
    assertThat(MATCHER.similarity("بشار", "بشار")).isZero(); // no Latin letters
    assertDifferent("", "");
    assertDifferent("-", "'");
  }

  @Test
  void markingsDoNotChangeTheMatch() {
    double plain = MATCHER.similarity("فاطمة", "Fatima");
    assertThat(MATCHER.similarity("فَاطِمَة", "Fatima")).isEqualTo(plain); // diacritics
    assertThat(MATCHER.similarity("فاطـــمة", "Fatima")).isEqualTo(plain); // tatweel
    assertThat(MATCHER.similarity("\u200Fفاطمة\u200F", "Fatima")).isEqualTo(plain); // RLM
    assertThat(MATCHER.similarity("فاطمة", "FATIMA")).isEqualTo(plain); // case
    assertThat(MATCHER.similarity("فاطمة", "fAtImA")).isEqualTo(plain);
    assertThat(MATCHER.similarity("فاطمة", "Fātima")).isEqualTo(plain); // Latin diacritics
  }

  @Test
  void hyphensAndApostrophesJoinTheParts() {
    assertSame("أوبراين", "O'Brien");
    assertSame("أوبراين", "O’Brien");
    assertSame("جان-بيير", "Jean-Pierre");
    assertSame("أردوغان", "Erdoğan");
    assertSame("مولر", "Müller");
  }

  @Test
  void sameNameIsSimilarityAtTheThreshold() {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int n = 0; n < 2000; n++) {
      String arabic =
          randomWord(
              random, "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءؤئأإآ\u064E\u0651ـ\u200F\uFEFB\uFDF2\uFDFA");
      String latin = randomWord(random, "abcdefghijklmnopqrstuvwxyzABCZ'-éüğßẞǄẋ\uFB00 ");
      // with and without an article on either side, for each reading sameName takes
      for (String a : List.of(arabic, "ال" + arabic)) {
        for (String l : List.of(latin, "al-" + latin)) {
          double s = MATCHER.similarity(a, l);
          assertThat(s).as("seed %d: %s %s", seed, a, l).isBetween(0.0, 1.0);
          assertThat(MATCHER.sameName(a, l))
              .as("seed %d: %s %s", seed, a, l)
              .isEqualTo(s >= MATCHER.threshold());
        }
      }
    }
  }

  private static String randomWord(Random random, String alphabet) {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(14); i > 0; i--) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void threadsGetTheSameAnswers() {
    List<String[]> pairs = new ArrayList<>();
    Random random = new Random(1);
    for (int n = 0; n < 5000; n++) {
      pairs.add(
          new String[] {randomWord(random, "ابتسشكلمنوي"), randomWord(random, "abkilmnostu")});
    }
    double[] alone = pairs.stream().mapToDouble(p -> MATCHER.similarity(p[0], p[1])).toArray();
    double[] together =
        IntStream.range(0, pairs.size())
            .parallel()
            .mapToDouble(i -> MATCHER.similarity(pairs.get(i)[0], pairs.get(i)[1]))
            .toArray();
    assertThat(together).isEqualTo(alone);
  }

  @Test
  void aVeryLongWordIsScoredToo() {
    String arabic = "ماهرشالا".repeat(20);
    String latin = "mahershala".repeat(20);
    assertThat(MATCHER.similarity(arabic, latin)).isGreaterThan(MATCHER.threshold());
  }

  @Test
  void theReadmeStatesTheShippedThreshold() throws IOException {
    String readme = Files.readString(Path.of("models/README.md"));
    assertThat(readme)
        .contains(String.format(Locale.ROOT, "similarity threshold (%.4f)", MATCHER.threshold()));
  }

  @Test
  void theFolderCopyIsTheBundledOne() {
    NameMatcher folder = NameMatcher.load(Path.of("models"));
    assertThat(folder.threshold()).isEqualTo(MATCHER.threshold());
    assertThat(folder.similarity("بشار", "Bashar")).isEqualTo(MATCHER.similarity("بشار", "Bashar"));
  }
}

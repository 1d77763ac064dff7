package org.qarin.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/** One small test per segmentation rule: {@code check(language, text, expected sentences...)}. */
class RuleSegmenterTest {
  private static final RuleSegmenter SEGMENTER = RuleSegmenter.defaults();

  static void check(Language lang, String text, String... expected) {
    List<String> actual = SEGMENTER.segment(text, lang).stream().map(Sentence::text).toList();
    assertThat(actual).containsExactly(expected);
  }

  static void en(String text, String... expected) {
    check(Language.EN, text, expected);
  }

  static void ar(String text, String... expected) {
    check(Language.AR, text, expected);
  }

  @Test
  void englishTitlesDoNotEndSentences() {
    en("Mr. Jones met Dr. Smith and Gen. Allen.", "Mr. Jones met Dr. Smith and Gen. Allen.");
  }

  @Test
  void englishAmAfterATimeContinuesWithLowerCase() {
    en(
        "Mr. Jones, who arrived at 10 a.m., said no. See p. 12 for more.",
        "Mr. Jones, who arrived at 10 a.m., said no.",
        "See p. 12 for more.");
  }

  @Test
  void englishPageAndNumberAbbreviations() {
    en(
        "See p. 12 and No. 5 in Vol. IV of the report.",
        "See p. 12 and No. 5 in Vol. IV of the report.");
  }

  @Test
  void englishInitialismEndsASentenceBeforeATypicalOpener() {
    en(
        "He lives in the U.S. The next day he left.",
        "He lives in the U.S.",
        "The next day he left.");
  }

  @Test
  void englishInitialismInsideASentence() {
    en("The U.S. Army and the U.N. agency agreed.", "The U.S. Army and the U.N. agency agreed.");
  }

  @Test
  void englishMonthAbbreviationBeforeADay() {
    en("It opened on Dec. 3 in Washington.", "It opened on Dec. 3 in Washington.");
  }

  @Test
  void englishApproxAndEtAl() {
    en(
        "Approx. 40 people came, Smith et al. found.",
        "Approx. 40 people came, Smith et al. found.");
  }

  @Test
  void englishDecimalsAndInitials() {
    en(
        "Growth was 3.5 percent. John F. Kennedy spoke.",
        "Growth was 3.5 percent.",
        "John F. Kennedy spoke.");
  }

  @Test
  void englishQuoteClosingAfterTheFullStop() {
    en("He said, \"We will stay.\" Then he left.", "He said, \"We will stay.\"", "Then he left.");
    en("He said: “We will stay.” Then he left.", "He said: “We will stay.”", "Then he left.");
  }

  @Test
  void englishQuestionInsideAQuoteFollowedByLowerCase() {
    en("\"Why now?\" he asked. Nobody knew.", "\"Why now?\" he asked.", "Nobody knew.");
  }

  @Test
  void englishEllipsisQuestionAndExclamation() {
    en(
        "Wait... What happened? Nothing! Really.",
        "Wait...",
        "What happened?",
        "Nothing!",
        "Really.");
  }

  @Test
  void englishPictureCreditAfterACaption() {
    en(
        "Workers repair a pipe Image: Local Council.",
        "Workers repair a pipe",
        "Image: Local Council.");
  }

  @Test
  void englishDatelineRunIntoTheFirstSentence() {
    en(
        "Thursday, May 7, 2015 On Tuesday, the council met.",
        "Thursday, May 7, 2015",
        "On Tuesday, the council met.");
  }

  @Test
  void arabicFullStopQuestionExclamation() {
    ar("وصل الوفد. هل بدأ الاجتماع؟ نعم!", "وصل الوفد.", "هل بدأ الاجتماع؟", "نعم!");
  }

  @Test
  void arabicCommaAndSemicolonDoNotEndSentences() {
    ar("قال الوزير، في بيان؛ إن العمل مستمر.", "قال الوزير، في بيان؛ إن العمل مستمر.");
  }

  @Test
  void arabicClosingQuoteStaysWithItsSentence() {
    ar("وقال: “لن نتراجع.” ثم غادر.", "وقال: “لن نتراجع.”", "ثم غادر.");
    ar("وأضاف: «الماء حق!» وانتهى اللقاء.", "وأضاف: «الماء حق!»", "وانتهى اللقاء.");
  }

  @Test
  void arabicDoctorAbbreviation() {
    ar("قال د. سامر الخطيب إن الخطة جاهزة.", "قال د. سامر الخطيب إن الخطة جاهزة.");
  }

  @Test
  void arabicAnnoDominiAndHijriAbbreviations() {
    ar(
        "أنشئت الشبكة عام 1978 م. بطول 25 كيلومترًا.",
        "أنشئت الشبكة عام 1978 م. بطول 25 كيلومترًا.");
    ar("توفي سنة 1420 هـ. في دمشق.", "توفي سنة 1420 هـ. في دمشق."); // tatweel is ignored
  }

  @Test
  void arabicTwoLetterAbbreviationsWithoutSpace() {
    // ق.م (BC) with its letters run together: not the missing space after a full stop
    ar("بنيت عام 700 ق.م تقريباً. ثم هجرت.", "بنيت عام 700 ق.م تقريباً.", "ثم هجرت.");
    ar(
        "وصل الوفد.ثم بدأ الاجتماع.",
        "وصل الوفد.",
        "ثم بدأ الاجتماع."); // a missing space still splits
  }

  @Test
  void arabicDecimalsDatesAndArabicIndicDigits() {
    ar(
        "بلغت الكلفة 3.5 مليون دولار في 2024/11/30. ووصلت ٣٫٥ طن.",
        "بلغت الكلفة 3.5 مليون دولار في 2024/11/30.",
        "ووصلت ٣٫٥ طن.");
  }

  @Test
  void arabicMissingSpaceAfterFullStop() {
    ar("انتهى الاجتماع.وقال الوزير إنه راض.", "انتهى الاجتماع.", "وقال الوزير إنه راض.");
  }

  @Test
  void arabicNumberedListItemKeepsItsNumber() {
    ar("1. ما القوى المشاركة\n2. وفد أستانة", "1. ما القوى المشاركة", "2. وفد أستانة");
  }

  @Test
  void headlineDatelineAndListItemsAreSentencesOfTheirOwn() {
    ar(
        "عنوان الخبر بلا نقطة\nحمص – 14 تشرين الثاني 2025\n- البند الأول\n- البند الثاني",
        "عنوان الخبر بلا نقطة",
        "حمص – 14 تشرين الثاني 2025",
        "- البند الأول",
        "- البند الثاني");
  }

  @Test
  void paragraphBreakAlwaysEndsASentence() {
    en(
        "A headline without a stop\n\nThe body starts here",
        "A headline without a stop",
        "The body starts here");
  }

  @Test
  void hardWrappedParagraphIsJoined() {
    String wrapped =
        "The council said on Thursday that the new plan would be carried out in\n"
            + "two phases over the next two years, starting with four new wells in the\n"
            + "south of the town. The second phase depends on funding.\n";
    en(
        wrapped,
        "The council said on Thursday that the new plan would be carried out in\n"
            + "two phases over the next two years, starting with four new wells in the\n"
            + "south of the town.",
        "The second phase depends on funding.");
  }

  @Test
  void paragraphNumbersCountBlankLineSeparatedBlocks() {
    List<Sentence> s = SEGMENTER.segment("One.\nTwo.\n\nThree. Four.", Language.EN);
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 1);
  }

  @Test
  void offsetsPointIntoTheOriginalDespiteIgnorableCharacters() {
    String text = "\u200Fوصل الوفـــد. \u202Bهل بدأ؟\u202C\r\n\r\nنعم";
    List<Sentence> s = SEGMENTER.segment(text, Language.AR);
    assertThat(s).hasSize(3);
    for (Sentence x : s) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
    }
    assertThat(s.get(0).text()).isEqualTo("\u200Fوصل الوفـــد.");
  }

  @Test
  void presentationFormsAreFoldedForTheRules() {
    // U+FEFB is the lam-alef ligature; the rules see لا and still split after the full stop.
    ar("\uFEFB أعرف. نعم.", "\uFEFB أعرف.", "نعم.");
  }
}

package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qarin.audit.AuditTesting.audit;
import static org.qarin.audit.AuditTesting.check;
import static org.qarin.audit.AuditTesting.findings;
import static org.qarin.audit.AuditTesting.pair;
import static org.qarin.audit.AuditTesting.spanTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Report;
import org.qarin.model.Severity;

class NumberCheckTest {
  private static final FindingKind[] NUMBERS = {
    FindingKind.NUMBER_CHANGED, FindingKind.NUMBER_MISSING, FindingKind.NUMBER_ADDED
  };

  private static List<Finding> numbers(String arabic, String english) {
    return check(arabic, english, NUMBERS);
  }

  /** Asserts the messages of the number findings of one pair, none when none are given. */
  private static void assertNumbers(String arabic, String english, String... messages) {
    assertThat(numbers(arabic, english))
        .as(arabic + " | " + english)
        .extracting(Finding::message)
        .containsExactly(messages);
  }

  @Test
  void arabicIndicDigitsWithoutThousandsMarkEqualWesternWithIt() {
    assertThat(
            numbers("ستوفر الآبار نحو ١٢٠٠ متر مكعب", "The wells will provide 1,200 cubic metres"))
        .isEmpty();
  }

  @Test
  void arabicDecimalSeparatorEqualsThePoint() {
    assertThat(numbers("بكلفة ٣٫٥ مليون دولار", "at a cost of $3.5 million")).isEmpty();
  }

  @Test
  void aMagnitudeWordScalesItsNumber() {
    assertThat(numbers("بكلفة 3.5 مليون دولار", "at a cost of $3,500,000")).isEmpty();
    assertThat(numbers("بكلفة 3.5 مليون دولار", "at a cost of $3.5 billion"))
        .extracting(Finding::message)
        .containsExactly("3.5 مليون in the source is 3.5 billion in the translation");
  }

  @Test
  void oneNumberLeftOnEachSideIsAChangedNumberWithSpans() {
    Report r =
        audit(
            pair(
                "وتشمل مدّ 40 كيلومترًا من الأنابيب",
                "and includes laying 45 kilometres of pipes"));
    List<Finding> f = findings(r, NUMBERS);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).kind()).isEqualTo(FindingKind.NUMBER_CHANGED);
    assertThat(f.get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.get(0).message()).isEqualTo("40 in the source is 45 in the translation");
    assertThat(spanTexts(r, f.get(0), true)).containsExactly("40");
    assertThat(spanTexts(r, f.get(0), false)).containsExactly("45");
  }

  @Test
  void percentagesKeepTheirSignAndArabicPercentEqualsPercent() {
    assertThat(numbers("نحو 60٪ من المنازل", "about 60% of homes")).isEmpty();
    assertThat(numbers("نحو 60% من المنازل", "about 70% of homes"))
        .extracting(Finding::message)
        .containsExactly("60% in the source is 70% in the translation");
  }

  @Test
  void missingAndAddedNumbersAreWarnings() {
    List<Finding> missing = numbers("بطول 25 كيلومترًا منذ عام 1978", "25 kilometres long");
    assertThat(missing).extracting(Finding::kind).containsExactly(FindingKind.NUMBER_MISSING);
    assertThat(missing.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(missing.get(0).message()).isEqualTo("1978 in the source is not in the translation");
    List<Finding> added = numbers("بطول 25 كيلومترًا", "25 kilometres long, built in 1978");
    assertThat(added).extracting(Finding::kind).containsExactly(FindingKind.NUMBER_ADDED);
    assertThat(added.get(0).message()).isEqualTo("1978 in the translation is not in the source");
  }

  @Test
  void leftoverNumbersPairByPosition() {
    List<Finding> f =
        numbers(
            "حفر 4 آبار واستبدال 18 كيلومترًا وترميم 5 مدارس",
            "drilling 4 wells, replacing 19 kilometres and restoring 6 schools");
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly(
            "18 in the source is 19 in the translation", "5 in the source is 6 in the translation");
  }

  @Test
  void numberWordsConfirmNumbersButNeverRaiseOne() {
    assertThat(numbers("لم تصلها المياه منذ ثلاثة أشهر", "had no water for 3 months")).isEmpty();
    assertThat(numbers("على مرحلتين خلال عامين", "in two phases over two years")).isEmpty();
  }

  @Test
  void listNumberingAndClockTimes() {
    assertThat(numbers("1. ما أسباب العملية", "What caused the operation")).isEmpty();
    assertThat(numbers("في تمام 12:15 ظهرًا", "at 12:30 noon"))
        .extracting(Finding::message)
        .containsExactly("12:15 in the source is 12:30 in the translation");
  }

  @Test
  void numbersWrittenAgainstAConjunctionOrPreposition() {
    // the tokenizer keeps و60 and و2,112 inside one word
    assertThat(
            numbers("بين 15 و60 عامًا، و2,112 حالة وفاة", "between 15 and 60 years, 2,112 deaths"))
        .isEmpty();
    assertThat(numbers("بين 0.1% و0.39%", "between 0.1% and 0.39%")).isEmpty();
  }

  @Test
  void aTatweelBeforeANumberLeavesItANumber() {
    assertThat(
            numbers(
                "عبر السنين ـ11 بالمئة فقط من الأصوات",
                "over the years, only 11 percent of the vote"))
        .isEmpty();
    assertThat(
            numbers(
                "عبر السنين ـ11 بالمئة فقط من الأصوات",
                "over the years, only 15 percent of the vote"))
        .extracting(Finding::message)
        .containsExactly("11 بالمئة in the source is 15 percent in the translation");
  }

  @Test
  void arabicMagnitudeWordsInEveryForm() {
    assertThat(numbers("اليابان بعدد 16.5 مليونًا", "Japan at 16.5 million")).isEmpty();
    assertThat(numbers("أكثر من 1.5 بليون طفل", "more than 1.5 billion children")).isEmpty();
    assertThat(numbers("بأكثر من 300 مليار دولار", "a $300+ billion impact")).isEmpty();
  }

  @Test
  void aPointBeforeThreeDigitsMayBeAThousandsMark() {
    assertThat(numbers("أكثر من 42000 شخص", "more than 42.000 participants")).isEmpty();
  }

  @Test
  void aClockTimeAfterADateStaysATime() {
    assertThat(numbers("في 15 مارس الساعة 8:00 صباحًا", "as at 15 March 8:00 a.m.")).isEmpty();
  }

  @Test
  void aNumberWordFarAwayConfirmsNothing() {
    // "the latter two" at the end does not account for the 2 of SARS-CoV-2 at the start
    assertThat(
            numbers(
                "إن سارس-كوف-2 أسرع انتشارًا من ميرس-كوف وسارس-كوف، لكنه أقل فتكًا من الأخيرين.",
                "SARS-CoV-4 spreads faster than MERS-CoV and SARS-CoV, but is less lethal than the"
                    + " latter two."))
        .extracting(Finding::message)
        .containsExactly("2 in the source is 4 in the translation");
  }

  @Test
  void digitsInsideAWordConfirmANumber() {
    assertThat(
            numbers(
                "الإنزيم المحول للأنجيوتنسين 2 مستقبل للفيروس", "ACE2 is a receptor of the virus"))
        .isEmpty();
  }

  @Test
  void aCodeWhoseDigitsChangedIsAChangedNumber() {
    assertThat(numbers("هبطت الرحلة CG4684 أمس.", "Flight CG4686 landed yesterday."))
        .extracting(Finding::message)
        .containsExactly("4684 in the source is 4686 in the translation");
    assertThat(
            numbers(
                "الإنزيم المحول للأنجيوتنسين 2 مستقبل للفيروس", "ACE6 is a receptor of the virus"))
        .extracting(Finding::message)
        .containsExactly("2 in the source is 6 in the translation");
    assertThat(numbers("هبطت الرحلة CG4684 أمس.", "Flight CG4684 landed yesterday.")).isEmpty();
    // codes both sides write pair with each other first: the one left is the changed one
    assertThat(
            numbers(
                "ينظم الإنزيم المحول للأنجيوتنسين 2 المرور الغشائي للناقل SLC6A19.",
                "ACE6 regulates the membrane trafficking of the transporter SLC6A19."))
        .extracting(Finding::message)
        .containsExactly("2 in the source is 6 in the translation");
    // a code the other side does not write is no change when other numbers are left too
    assertThat(numbers("سجلت 12 حالة في 3 مدن.", "SLC6A19 cases were recorded in 4 cities."))
        .hasSize(2);
  }

  @Test
  void abbreviatedRangeEndsTakeTheirCenturyFromTheStart() {
    assertNumbers("عاش في لندن بين عامي 1843 و1847", "He lived in London in 1843–47."); // en dash
    assertNumbers("من 1912 إلى 1913", "from 1912-3"); // hyphen, one digit
    assertNumbers("من 1843 إلى 1847", "from 1843 to 47");
    assertNumbers("بين 1843–47 و1850", "between 1843 and 1847 and in 1850"); // Arabic abbreviates
    // a range end that differs is still a changed number
    assertNumbers(
        "من 1843 إلى 1848", "from 1843–47", "1848 in the source is 47 in the translation");
    // a smaller number after a conjunction is no range end: 2003 and 47 people
    assertNumbers("في عام 2003 و47 شخصًا", "in 2003 and 47 people");
  }

  @Test
  void thousandsMarksOfEveryScriptButNotTheCommasOfAList() {
    // the Arabic comma, the Arabic thousands sign, points
    assertNumbers("بلغ عدد السكان ٣١،٤٠٧،٥٥٢ نسمة", "The population was 31,407,552.");
    assertNumbers("بلغ عدد السكان 31٬407٬552 نسمة", "The population was 31,407,552.");
    assertNumbers("بلغ عدد السكان 31.407.552 نسمة", "The population was 31,407,552.");
    // a comma before anything but three digits separates the numbers of a list
    assertNumbers("الفصول 3، 4 و5", "chapters 3, 4 and 5");
    assertNumbers("الفصول 3،4 و5", "chapters 3, 4 and 5");
    assertNumbers(
        "الفصول 3،4 و5", "chapters 3, 4 and 6", "5 in the source is 6 in the translation");
  }

  @Test
  void aScaledNumberMatchesTheBareMantissaBeforeAUnitOfItsOwn() {
    assertNumbers("أطلق البركان 12 تريليون غرام من الكبريت", "It released 12 teragrams of sulphur");
    assertNumbers("أطلق 12 تيراغرام", "It released 12 trillion grams");
    assertNumbers("بطول 5 آلاف متر", "5 km long");
    assertNumbers("بطول 5 كيلومترات", "5 thousand metres long");
    assertNumbers("بقدرة 2 مليون واط", "a 2 MW plant");
    assertNumbers("بكلفة 3.5 مليون دولار", "at a cost of $3,500,000"); // still the full value
    // without a unit, a scale word dropped is a changed number
    assertNumbers(
        "نزح 12 مليون شخص", "12 people fled", "12 مليون in the source is 12 in the translation");
  }

  @Test
  void aNumberWrittenAgainstANameTakesNoScaleWord() {
    // the 2 of SARS-CoV-2 followed by مليون ("a million") is no 2 million
    assertNumbers("تجاوز عدد إصابات سارس كوف-2 مليون إصابة", "SARS-CoV-2 passes one million cases");
  }

  @Test
  void numbersWrittenOutConfirmTheirDigitsWhateverTheirForm() {
    assertNumbers("خمسة عشر طفلًا", "15 children"); // a teen, in two words
    assertNumbers("أربعون شخصًا", "40 people");
    assertNumbers("60 شخصًا", "sixty people");
    assertNumbers("مئتا شخص", "200 people"); // a dual
    assertNumbers("ثلاثمائة شخص", "300 people");
    assertNumbers("واحد وعشرون شخصًا", "21 people");
    assertNumbers("21 شخصًا", "twenty-one people");
    assertNumbers("وُلد عام ألف وتسعمئة وعشرين", "born in 1920");
    assertNumbers("وُلد عام ألف و تسعمئة و عشرين", "born in 1920"); // a separate و
    assertNumbers("خلال أربعاً وعشرين ساعة", "within 24 hours"); // the accusative alef
    assertNumbers("قبل ألفي عام", "2,000 years ago");
    assertNumbers("نحو ثلاثة آلاف شخص", "about 3,000 people");
    // vague counts confirm no number
    assertNumbers("عشرات الأشخاص", "dozens of people");
    assertNumbers("عشرات الأشخاص", "20 people", "20 in the translation is not in the source");
    // two numbers in a row stay two: two or three is no five
    assertNumbers("اثنان أو ثلاثة", "2 or 3");
    assertNumbers(
        "شخصان وثلاثة أطفال",
        "two people and 5 children",
        "5 in the translation is not in the source");
  }

  @Test
  void ordinalsConfirmTheirNumber() {
    assertNumbers("في الطابق الثالث", "on the 3rd floor");
    assertNumbers("حلّ في المرتبة 3", "came third");
    assertNumbers("في القرن التاسع عشر", "in the 19th century");
    assertNumbers("عاش في القرن 19 في أوروبا", "He lived in the nineteenth century in Europe");
    assertNumbers("في الدورة الحادية عشرة", "at the 11th session");
  }

  @Test
  void percentSignsAndWordsAreOnePercentage() {
    assertNumbers("ارتفعت بنسبة 25٪", "rose by 25 per cent");
    assertNumbers("ارتفعت بنسبة ٢٥ بالمئة", "rose by 25%");
    assertNumbers("ارتفعت بنسبة 25 في المائة", "rose by 25 percent");
    // the مئة of بالمئة is no hundred, which would confirm the 100 the source lacks
    assertNumbers(
        "ارتفعت بنسبة 25 بالمئة بين الموظفين",
        "rose by 25% among the 100 staff",
        "100 in the translation is not in the source");
    assertNumbers(
        "ارتفعت بنسبة 20 بالمئة",
        "rose by 25 per cent",
        "20 بالمئة in the source is 25 per cent in the translation");
  }

  @Test
  void aUnitConversionGivenOnOneSideOnlyIsNoNumber() {
    assertNumbers("تبلغ المسافة 5200 كيلومتر", "The distance is 5,200 km (3,230 mi).");
    assertNumbers("تصل الحرارة إلى 38 درجة مئوية", "Temperatures reach 100 °F (38 °C).");
    assertNumbers("يبلغ طوله 1.8 متر", "He is 6 feet (1.8 m) tall.");
    assertNumbers("يبلغ طوله 1.8 متر", "He is 6 feet or about 1.8 m tall.");
    assertNumbers("تبلغ المسافة 5200 كيلومتر (3230 ميلًا) بالطريق", "It is 5,200 km by road.");
    // a changed number is reported once, not again through its conversion
    assertNumbers(
        "تبلغ المسافة 5000 كيلومتر",
        "The distance is 5,200 km (3,230 mi).",
        "5000 in the source is 5,200 in the translation");
    // where both sides give the conversion, a changed one is still a changed number
    assertNumbers(
        "تبلغ المسافة 5200 كيلومتر (3230 ميلًا) بالطريق",
        "It is 5,200 km (3,300 mi) by road.",
        "3230 in the source is 3,300 in the translation");
    // a number in parentheses after a count is no conversion
    assertNumbers(
        "سُجلت 40 إصابة",
        "40 cases were recorded (12 deaths).",
        "12 in the translation is not in the source");
  }

  @Test
  void listNumberingAndSectionNumbersOpeningASentenceAreNoNumbers() {
    assertNumbers("(1) ما أسباب العملية؟", "What caused the operation?"); // in parentheses
    assertNumbers("1- أسباب العملية", "The causes of the operation"); // the Arabic dash
    assertNumbers("3.2 الأسباب الرئيسية", "Main causes"); // a section number
    assertNumbers("الأسباب الرئيسية", "3.2.1 Main causes");
    // but it confirms the same number where the other side runs the list on in one sentence
    assertNumbers("الخطوة الأولى. (2) توسيع الرصد.", "(2) Extension of surveillance.");
    // a number opening a sentence with a magnitude word or a unit is a quantity
    assertNumbers(
        "2.5 مليون شخص نزحوا",
        "Many people fled",
        "2.5 مليون in the source is not in the translation");
    assertNumbers(
        "1.5 كيلومتر هي المسافة",
        "The distance is 2 km",
        "1.5 in the source is 2 in the translation");
  }
}

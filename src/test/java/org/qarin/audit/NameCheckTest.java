package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qarin.audit.AuditTesting.audit;
import static org.qarin.audit.AuditTesting.check;
import static org.qarin.audit.AuditTesting.doc;
import static org.qarin.audit.AuditTesting.findings;
import static org.qarin.audit.AuditTesting.pair;
import static org.qarin.audit.AuditTesting.spanTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Severity;

class NameCheckTest {
  private static final FindingKind[] NAMES = {FindingKind.NAME_MISSING, FindingKind.NAME_ADDED};

  @Test
  void transliteratedNamesMatchAcrossScripts() {
    Report r =
        audit(
            pair(
                "دعت روسيا إلى عدم ربط المصالح بشخص بشار الأسد.",
                "It urged Russia not to tie its interests to Bashar al-Assad."));
    assertThat(findings(r, NAMES)).isEmpty();
    assertThat(
            r.gaps().stream()
                .flatMap(g -> g.target().stream())
                .map(s -> r.alignment().target().text().substring(s.start(), s.end())))
        .doesNotContain("Bashar", "Assad", "Russia");
  }

  @Test
  void aNameTheTranslationAddsIsGroupedWithItsArticle() {
    Report r =
        audit(
            pair(
                "وقال رئيس المجلس إن الخطة جاهزة.",
                "Council head Samer al-Khatib said the plan is ready."));
    List<Finding> f = findings(r, NAMES);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).kind()).isEqualTo(FindingKind.NAME_ADDED);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).message())
        .isEqualTo("The name Samer al-Khatib in the translation is not in the source");
    assertThat(spanTexts(r, f.get(0), false)).containsExactly("Samer al-Khatib");
  }

  @Test
  void anArabicNameAfterATitleThatTheTranslationDrops() {
    Report r =
        audit(
            pair(
                "وقالت المهندسة ليلى حداد إن الآبار جاهزة.",
                "The engineer said that the wells are ready."));
    List<Finding> f = findings(r, NAMES);
    assertThat(f).extracting(Finding::kind).containsExactly(FindingKind.NAME_MISSING);
    assertThat(spanTexts(r, f.get(0), true)).containsExactly("ليلى حداد");
  }

  @Test
  void capitalsThatAreNoNames() {
    // sentence-initial and quotation-initial words, title-case common words, acronyms, months
    assertThat(
            check(
                "يعمل العمال على إصلاح خط مياه رئيسي.",
                "Workers repair a Main Water Line for the UN in December.",
                NAMES))
        .isEmpty();
    assertThat(check("وقال: نحن ندفع ثمن الماء.", "He said: “We pay for the water.”", NAMES))
        .isEmpty();
  }

  @Test
  void commonArabicWordsWithTheSkeletonOfANameAreNoNames() {
    // شمال ("north") has the skeleton of Ismaili, a name elsewhere in the translation; the
    // lexicon knows شمال as north, so the first pair, which leaves it out, has no missing name
    Alignment a =
        new Alignment(
            doc(Language.AR, "وصل الوفد إلى شمال المدينة.", "والتقى الوفد بالطائفة الإسماعيلية."),
            doc(Language.EN, "The delegation reached the town.", "It met the Ismaili community."),
            List.of(
                Link.aligned(List.of(0), List.of(0), 0.9),
                Link.aligned(List.of(1), List.of(1), 0.9)));
    assertThat(findings(audit(a), NAMES)).isEmpty();
  }

  @Test
  void aCapitalisedWordTheTranslationAlsoWritesInLowerCaseIsNoName() {
    // "Viruses" in a title; "virus" elsewhere: فيروس is a loanword, not a name
    Alignment a =
        new Alignment(
            doc(
                Language.AR,
                "حدث تفشٍّ لفيروس مارس-كوف في كوريا.",
                "صنفته اللجنة الدولية لتصنيف الفيروسات."),
            doc(
                Language.EN,
                "An outbreak of MERS-CoV occurred in Korea.",
                "It was named by the International Committee on Taxonomy of Viruses, as the virus"
                    + " spread."),
            List.of(
                Link.aligned(List.of(0), List.of(0), 0.9),
                Link.aligned(List.of(1), List.of(1), 0.9)));
    assertThat(findings(audit(a), NAMES)).isEmpty();
  }

  @Test
  void theLetterDalIsATitleOnlyAsAnAbbreviation() {
    // حدِّد لي: the shadda ends no word, and د without its point is no "Dr."
    assertThat(check("حدِّد لي مكان الألم", "show me where it hurts", NAMES)).isEmpty();
  }

  /**
   * Issue 13, names across scripts: the name model, not equal skeletons, tells a transliteration.
   */
  @Test
  void namesTheSkeletonsMissAreMatchedByTheNameModel() {
    assertThat(
            check(
                "خسر مؤخرًا أمام راونيتش في بطولة بريسبان.",
                "He recently lost against Raonic in Brisbane.",
                NAMES))
        .isEmpty(); // -ic / يتش
    assertThat(
            check(
                "قال المغني هاريس أليكسيو إنه سعيد.",
                "The singer Haris Alexiou said he was happy.",
                NAMES))
        .isEmpty(); // x / كس
    assertThat(
            check("وصل الفريق إلى تشونغتشينغ أمس.", "The team reached Chongqing yesterday.", NAMES))
        .isEmpty();
  }

  @Test
  void aNameBehindAProcliticIsStillMatched() {
    // بالاوان is Palawan, not the preposition ب before الاوان
    assertThat(
            check(
                "كانت السفينة في طريقها إلى بالاوان.",
                "The ship was on its way to Palawan.",
                NAMES))
        .isEmpty();
  }

  @Test
  void aPossessiveIsNoPartOfTheName() {
    assertThat(
            check(
                "وضعت وعود خروتشوف على المحك.",
                "Khrushchev's promises were put to the test.",
                NAMES))
        .isEmpty();
  }

  @Test
  void abbreviationsAreNoNames() {
    assertThat(NameCheck.isAcronym("WHO")).isTrue();
    assertThat(NameCheck.isAcronym("CCoV")).isTrue(); // as many capitals as small letters
    assertThat(NameCheck.isAcronym("RdRp")).isTrue();
    assertThat(NameCheck.isAcronym("TVs")).isTrue(); // a plural abbreviation
    assertThat(NameCheck.isAcronym("Arg9")).isTrue(); // digits
    assertThat(NameCheck.isAcronym("MetroPlus")).isFalse();
    assertThat(NameCheck.isAcronym("McDonald")).isFalse();
    assertThat(NameCheck.isAcronym("Assad")).isFalse();
    assertThat(
            check(
                "يسبب فيروس كورونا الكلبي (سي سي أوه في) مرضاً طفيفاً.",
                "Canine coronavirus (CCoV) causes a mild disease.",
                NAMES))
        .isEmpty();
  }

  @Test
  void aNameReplacedByAnotherIsStillReported() {
    List<Finding> f =
        check(
            "قال الوزير رودريجو آرياس إنه مصاب.",
            "Minister Rodrigo Lindqvist said he was infected.",
            NAMES);
    assertThat(f).extracting(Finding::kind).contains(FindingKind.NAME_ADDED);
  }

  @Test
  void aPersonNamedByTheirFamilyNameAloneIsNoMissingName() {
    // Bashar al-Assad is الأسد: the given name the Arabic leaves out is the same person
    assertThat(check("دعا الأسد إلى الحوار.", "Bashar al-Assad called for dialogue.", NAMES))
        .isEmpty();
    // but a given name that replaced another is reported (the Arabic keeps نيوت)
    assertThat(
            check(
                "حل نيوت جينجريتش في المرتبة الثانية.",
                "The former speaker Lindqvist Gingrich came in second.",
                NAMES))
        .extracting(Finding::kind)
        .contains(FindingKind.NAME_ADDED);
    // and so is a name before a capitalised common word, which is no family name
    assertThat(check("انضم إلى المقاومة الفرنسية.", "He joined the Castellano Resistance.", NAMES))
        .extracting(Finding::kind)
        .contains(FindingKind.NAME_ADDED);
  }

  @Test
  void namesOfBiologicalTaxaAreTranslatedNotTransliterated() {
    assertThat(
            check(
                "تنتمي فيروسات كورونا إلى رتبة الفيروسات العشية.",
                "Coronaviruses belong to the order Nidovirales.",
                NAMES))
        .isEmpty();
  }

  @Test
  void adjectivesOfRelationAreNoNamesAndMatchTheirEnglishForm() {
    assertThat(
            check("تأسست المنطقة الملكية البولية.", "The royal Apulian region was founded.", NAMES))
        .isEmpty();
    // أمريكياً after a currency is "US", not the name America
    Alignment a =
        new Alignment(
            doc(Language.AR, "يكلف الحجز 30 دولاراً أمريكياً.", "زار أمريكا."),
            doc(Language.EN, "A booking costs $30.", "He visited America."),
            List.of(
                Link.aligned(List.of(0), List.of(0), 0.9),
                Link.aligned(List.of(1), List.of(1), 0.9)));
    assertThat(findings(audit(a), NAMES)).isEmpty();
  }

  @Test
  void onlyAnUnknownWordAfterTheNameThatFollowsATitleIsPartOfIt() {
    // السيد أوزبورن عقداً: Mr Osborne [signed] a contract; عقد is a word, not a second name
    assertThat(
            check(
                "وقع السيد أوزبورن عقداً مع وكالة.",
                "Mr Osborne signed a contract with an agency.",
                NAMES))
        .isEmpty();
  }

  @Test
  void aListedPersonNameStaysANameWhenADictionaryGlossesSomeWordWithIt() {
    // FreeDict glosses سك with "Kowalski": the name list still says it is a name
    List<Finding> f =
        check(
            "قال وزير شؤون الرئاسة رودريجو آرياس إنه أصيب بحالة خفيفة من الفيروس.",
            "Presidential Minister Rodrigo Kowalski said he tested positive for a mild case of the virus.",
            NAMES);
    assertThat(f)
        .extracting(Finding::message)
        .contains("The name Kowalski in the translation is not in the source");
  }

  @Test
  void aReplacedNameIsAWarningAndANameAddedOutrightInformation() {
    // the source keeps the name the translation replaced: آرياس is a listed name
    Finding replaced =
        check(
                "قال الوزير آرياس إن الخطة جاهزة.",
                "Minister Lindqvist said the plan is ready.",
                NAMES)
            .get(0);
    assertThat(replaced.severity()).isEqualTo(Severity.WARNING);
    // a surname the translation adds beside a name it renders is more often context than an error
    Finding added =
        check("قال الوزير إن الخطة جاهزة.", "Minister Zbigniewski said the plan is ready.", NAMES)
            .get(0);
    assertThat(added.confidence()).isLessThan(replaced.confidence());
  }

  @Test
  void aNameTheNeighbouringSentenceRendersIsNeitherMissingNorAdded() {
    // the translation moved "Aitutaki" into the sentence before the one that renders its source
    Alignment a =
        new Alignment(
            doc(Language.AR, "تتكون الجزر من 15 جزيرة.", "أهمها راروتونجا وإيتوتاكي."),
            doc(
                Language.EN,
                "They are composed of 15 islands, the main ones Rarotonga and Aitutaki.",
                "Both are popular."),
            List.of(
                Link.aligned(List.of(0), List.of(0), 0.8),
                Link.aligned(List.of(1), List.of(1), 0.5)));
    assertThat(findings(audit(a), NAMES)).isEmpty();
  }

  @Test
  void aGivenNameReplacedBeforeARenderedFamilyNameIsFound() {
    // جون is also "bay", so the lexicon calls it common: the name list and its place before a
    // rendered name say it is a given name, and the translation replaced it
    List<Finding> f =
        check(
            "صورت عالمة الفيروسات الاسكتلندية جون الميدا هذه الفيروسات لأول مرة في مستشفى سانت توماس في لندن.",
            "They were first imaged by Scottish virologist Novak Almeida at St. Thomas Hospital in London.",
            NAMES);
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly("The name Novak in the translation is not in the source");
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    // and a given name the source leaves out beside one it renders is still no finding
    assertThat(
            check(
                "قال الرئيس ترامب إن الخطة جاهزة.",
                "President Donald Trump said the plan is ready.",
                NAMES))
        .isEmpty();
  }

  @Test
  void aTranslatedPlaceNameLeftUnrenderedIsWhatAReplacedNameLeaves() {
    Finding replaced =
        check(
                "تشير تقارير من الصين إلى عوامل الخطر.",
                "Reports from Moreau suggest risk factors.",
                NAMES)
            .get(0);
    Finding added =
        check("تشير تقارير إلى عوامل الخطر.", "Reports from Moreau suggest risk factors.", NAMES)
            .get(0);
    assertThat(replaced.confidence()).isGreaterThan(added.confidence());
  }

  @Test
  void aPlaceOfOneConsonantLeftUnrenderedIsWhatAReplacedNameLeaves() {
    // آسيا has the one consonant s: the names file, not its skeleton, says it is a place
    Finding replaced =
        check(
                "في آسيا قتل ملايين المدنيين.",
                "In Zielinski millions of civilians were killed.",
                NAMES)
            .get(0);
    Finding added =
        check("قتل ملايين المدنيين.", "In Zielinski millions of civilians were killed.", NAMES)
            .get(0);
    assertThat(replaced.confidence()).isGreaterThan(added.confidence());
  }

  @Test
  void aGivenNameBeforeAWordTheSourceWritesInTwoIsFound() {
    // سان فرانسيسكو both render Francisco: the source writes the whole name, Quiroga renders none
    // of it
    assertThat(
            check(
                "وهي سرعة كافية للانتقال من سان فرانسيسكو إلى لوس أنجلوس في دقيقة واحدة.",
                "fast enough to go from Quiroga Francisco to Los Angeles in one minute.",
                NAMES))
        .extracting(Finding::message)
        .containsExactly("The name Quiroga in the translation is not in the source");
    assertThat(
            check(
                "وهي سرعة كافية للانتقال من سان فرانسيسكو إلى لوس أنجلوس في دقيقة واحدة.",
                "fast enough to go from San Francisco to Los Angeles in one minute.",
                NAMES))
        .isEmpty();
    // بحر روس: Sea is rendered, روس beside it is not; Castellano renders nothing of the name
    assertThat(
            check(
                "وتقتصر إلى حد كبير على شبه الجزيرة، والجزر، وبحر روس.",
                "They are largely limited to the Peninsula, Islands and Castellano Sea.",
                NAMES))
        .extracting(Finding::message)
        .containsExactly("The name Castellano in the translation is not in the source");
  }

  @Test
  void aNameNextDoorRendersOnlyWithAWordItsOwnLinkLeavesOver() {
    // العمر ("age") shares the consonants of Moreau, but "28-year-old" renders it in its own link:
    // Moreau, which replaced فيدال, is not rendered next door
    Alignment a =
        new Alignment(
            doc(
                Language.AR,
                "انضم فيدال والذي يبلغ من العمر 28 عاماً إلى نادي برشلونة قبل ثلاثة مواسم.",
                "منذ الانتقال إلى العاصمة الكتالونية، لعب فيدال 49 مباراة للنادي."),
            doc(
                Language.EN,
                "28-year-old Vidal had joined Barcelona three seasons ago.",
                "Since moving to the Catalan capital, Moreau had played 49 games for the club."),
            List.of(
                Link.aligned(List.of(0), List.of(0), 0.8),
                Link.aligned(List.of(1), List.of(1), 0.8)));
    assertThat(findings(audit(a), NAMES))
        .extracting(Finding::message)
        .contains("The name Moreau in the translation is not in the source");
  }
}

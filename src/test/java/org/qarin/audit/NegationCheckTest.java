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

class NegationCheckTest {
  /** The finding of a translation that adds a "not". */
  private static final String NOT_ADDED = "The translation is negated (not) but the source is not";

  private static List<Finding> negation(String arabic, String english) {
    return check(arabic, english, FindingKind.NEGATION_MISMATCH);
  }

  /** Asserts the messages of the negation findings of one pair, none when none are given. */
  private static void assertNegation(String arabic, String english, String... messages) {
    assertThat(negation(arabic, english))
        .as(arabic + " | " + english)
        .extracting(Finding::message)
        .containsExactly(messages);
  }

  @Test
  void negationDroppedInTheTranslation() {
    Report r =
        audit(
            pair(
                "وأكد أن المجلس لم يتلقَّ أي تمويل.",
                "He stressed that the council received funding."));
    List<Finding> f = findings(r, FindingKind.NEGATION_MISMATCH);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).message())
        .isEqualTo("The source is negated (لم) but the translation is not");
    assertThat(spanTexts(r, f.get(0), true)).containsExactly("لم");
  }

  @Test
  void negationAddedInTheTranslation() {
    assertThat(
            negation(
                "سنعد الناس بما نستطيع تنفيذه.", "We will not promise what we cannot deliver."))
        .extracting(Finding::message)
        .containsExactly("The translation is negated (not, cannot) but the source is not");
  }

  @Test
  void negationOnBothSidesIsFineWhateverTheCount() {
    assertThat(negation("لن نعد الناس بما لا نستطيع تنفيذه.", "We will not promise it.")).isEmpty();
    assertThat(negation("ولم تخضع لصيانة شاملة.", "It hasn't undergone maintenance.")).isEmpty();
    assertThat(negation("الماء حق وليس منة.", "Water is a right, never a favour.")).isEmpty();
  }

  @Test
  void exceptiveIllaMeansOnlyNotNegation() {
    assertThat(negation("لا تصلها المياه إلا مرة واحدة.", "They receive water only once."))
        .isEmpty();
  }

  @Test
  void idiomsThatNegateNothing() {
    assertThat(negation("لا يزال الوضع صعبًا.", "The situation is still difficult.")).isEmpty();
    assertThat(negation("ما زالت الشبكة قديمة.", "The network is still old.")).isEmpty();
    assertThat(negation("في المدن، لا سيما حمص.", "In the towns, especially Homs.")).isEmpty();
  }

  @Test
  void ambiguousMarkersConfirmButNeverRaise() {
    // غير: "non-" or "other than"; ما: "what", "which" or "not"
    assertThat(negation("منظمات غير حكومية.", "Organisations that are not governmental."))
        .isEmpty();
    assertThat(negation("منظمات غير حكومية.", "Non-governmental organisations.")).isEmpty();
    assertThat(negation("ما القوى المشاركة؟", "Which forces take part?")).isEmpty();
  }

  @Test
  void englishClearMarkers() {
    for (String en :
        new String[] {"No water came.", "Water never came.", "Water came without fighting."}) {
      assertThat(negation("جاءت المياه.", en)).as(en).hasSize(1);
    }
  }

  @Test
  void arabicIdiomsAndChoices() {
    assertThat(negation("في ما لا يقل عن 52 ألف حالة وفاة.", "At least 52 thousand deaths."))
        .isEmpty();
    assertThat(negation("لا بد من الحذر.", "Caution is a must.")).isEmpty();
    assertThat(negation("تاريخ الإصابة بالحمى (نعم/لا)", "History of fever (Y/N)")).isEmpty();
    assertThat(negation("سواء انتقل إلى الإنسان أم لا", "whether it passed to humans")).isEmpty();
  }

  @Test
  void englishWordsNegatedByTheirFormConfirmANegation() {
    assertThat(negation("الأشخاص الذين لا تظهر عليهم أعراض", "asymptomatic people")).isEmpty();
    assertThat(negation("وهم لا يعانون أعراضًا", "when they are symptomless")).isEmpty();
    assertThat(negation("ولا يمكن تطبيق النهج", "the approach is impractical")).isEmpty();
    // but a word that merely starts like one does not: amount is no negated "mount"
    assertThat(negation("لم يحدد المبلغ", "The amount was set")).hasSize(1);
  }

  @Test
  void restrictiveNegationMeansOnly() {
    assertNegation("لم يبق لديه سوى قنينة واحدة.", "He has just one bottle left."); // لم … سوى
    assertNegation("لا أريد سوى الراحة.", "I merely want rest."); // لا … سوى
    assertNegation("ليس هذا إلا البداية.", "This is but the beginning."); // ليس … إلا
    assertNegation("ما هو إلا طالب.", "He is solely a student."); // ما … إلا
    assertNegation("تعيش مرة واحدة لا غير.", "You live once."); // لا غير, rendered by nothing
    assertNegation("أنت مجرد طالب.", "You are nothing but a student."); // nothing but
    // ألا is أن لا, a negation; only إلا is the exceptive
    assertNegation("يجب ألا تعتمد على الآخرين.", "You must not depend on others.");
    assertNegation("نصحته بألّا يأكل كثيرًا.", "She advised him not to eat too much.");
    assertNegation(
        "يجب ألا تعتمد على الآخرين.",
        "You must depend on others.",
        "The source is negated (ألا) but the translation is not");
  }

  @Test
  void nominalNegationHasManyRenderings() {
    // عدم behind a preposition and دون before a pronoun are still negations
    assertNegation("يُنصح المريض بعدم الحضور.", "The patient is advised not to come.");
    assertNegation("أعتذر لعدم الرد.", "I am sorry I did not reply.");
    assertNegation("عدوى مع أعراض أو دونها.", "an infection with or without symptoms.");
    // lack of, no, non-, -less
    assertNegation("بسبب عدم توفر الأدوية.", "because of the lack of medicines.");
    assertNegation("سافر بدون جواز سفر.", "He travelled with no passport.");
    assertNegation("عاش بلا مأوى.", "He was homeless.");
    // an antonym, which no word list sees: nominal negation confirms, never raises
    assertNegation("أشارت التقارير إلى عدم دقة الإحصاء.", "Reports pointed to undercounting.");
    assertNegation("اعتمدت نظامًا لا مركزيًا.", "It adopted a decentralised system.");
    // a verb negated with لا is still clear
    assertNegation(
        "لا يعمل النظام.",
        "The system works.",
        "The source is negated (لا) but the translation is not");
  }

  @Test
  void lexicalNegationAnswersANegator() {
    // English verbs and nouns that negate, against an Arabic negator
    assertNegation("لم يعلق الوزير.", "The minister declined to comment.");
    assertNegation("لم تتوصل المفاوضات إلى اتفاق.", "The talks failed to reach an agreement.");
    assertNegation("لا يُسمح بالتدخين هنا.", "Smoking is banned here.");
    assertNegation("لم يسمحوا له بالدخول.", "They prevented him from entering.");
    assertNegation("لا أوافقك الرأي.", "I disagree with you.");
    // Arabic verbs and nouns that negate, against an English negator
    assertNegation("رفض الوزير التعليق.", "The minister would not comment.");
    assertNegation("فشلت المفاوضات في التوصل إلى اتفاق.", "The talks did not reach an agreement.");
    assertNegation("امتنع عن التصويت.", "He did not vote.");
    assertNegation("يتعذر استخدام بعض الطرق.", "Some routes cannot be used.");
    assertNegation("يفتقر المستشفى إلى الأدوية.", "The hospital has no medicines.");
    assertNegation("في غياب الأدلة، أُطلق سراحه.", "With no evidence, he was released.");
    assertNegation("كانت الغرفة خالية من الأثاث.", "There was no furniture in the room.");
    assertNegation("كانت المساعدات عديمة النفع.", "The aid was not of any use.");
    assertNegation("لم تكن المساعدات مفيدة.", "The aid was useless.");
    assertNegation("المصعد معطّل.", "The lift does not work.");
    assertNegation("ليس لدينا الكثير من الوقت.", "We have little time."); // little, not a little
    // verbs that are mostly negated themselves confirm nothing: a dropped لا is still found
    // ("don't forget" is the exception: translations say تذكّر, remember)
    assertNegation(
        "تفوّت الفرصة.",
        "Don't miss the chance.",
        "The translation is negated (Don't) but the source is not");
    assertNegation(
        "إنها تحب السوشي.", // no نهى in أنها
        "She doesn't like sushi.",
        "The translation is negated (doesn't) but the source is not");
    // a negation against an affirmative verb is still a mismatch
    assertNegation("وافق الوزير على التعليق.", "The minister did not comment.", NOT_ADDED);
  }

  @Test
  void negativeAndTagQuestionsAreNoMismatch() {
    assertNegation("هل التقينا من قبل؟", "Haven't we met before?"); // a negative question
    assertNegation("هل هو أسود؟", "Is it not black?");
    assertNegation("ألم نلتقِ من قبل؟", "Have we met before?");
    assertNegation("أليست هذه مخالفة للقواعد؟", "Is this against the rules?");
    assertNegation("أنت تحب الإنجليزية، صحيح؟", "You like English, don't you?"); // a tag
    assertNegation("إنها ذكية، أليس كذلك؟", "She is smart, right?");
    // لِمَ "why" is no لم "not": written with its vowels, before no verb, or opening a question
    assertNegation("لِمَ تريد المغادرة؟", "Why do you want to leave?");
    assertNegation("لم هو غاضب؟", "Why is he angry?");
    assertNegation("لم تسأل؟", "Why do you ask?");
    assertNegation("لِمْ أعلم كم سيطول الاجتماع.", "I didn't know how long it would last."); // لم
    assertNegation("هذا أسوأ فلم شاهدته.", "This is the worst film I have seen."); // فلم: film
    // a negation inside a question asking why is still a negation
    assertNegation(
        "لماذا حضر؟",
        "Why didn't he come?",
        "The translation is negated (didn't) but the source is not");
    assertNegation(
        "لماذا لم يحضر؟",
        "Why did he come?",
        "The source is negated (لم) but the translation is not");
  }

  @Test
  void notOnlyButAlsoAdds() {
    assertNegation("ساعدت اللاجئين والسكان.", "It helped not only refugees but also residents.");
    assertNegation("لم تساعد اللاجئين فحسب، بل السكان أيضًا.", "It helped refugees and residents.");
    assertNegation("ليس فقط اللاجئين بل السكان أيضًا.", "refugees and residents alike.");
    assertNegation("لا يقتصر الأمر على اللاجئين.", "It concerns more than refugees.");
    // فحسب with no "but" after it is "just": the negation before it stands
    assertNegation(
        "لا يقصد الإساءة، إنها طبيعته فحسب.",
        "He means to offend; it is just his nature.",
        "The source is negated (لا) but the translation is not");
  }

  @Test
  void noLongerAgainstANegationOrAVerbOfStopping() {
    assertNegation("لم يعد الفيروس يشكل خطرًا.", "The virus no longer poses a threat.");
    assertNegation("توقف الفيروس عن الانتشار.", "The virus no longer spreads.");
    assertNegation(
        "ينتشر الفيروس.",
        "The virus no longer spreads.",
        "The translation is negated (no) but the source is not");
  }

  @Test
  void doubleNegativesIdiomsAndChoicesAffirm() {
    assertNegation("هذا الأمر شائع.", "This is not uncommon."); // not un-: common
    assertNegation("لا يخلو الأمر من المخاطر.", "It carries risks."); // not devoid of: has
    assertNegation("لا بأس بذلك.", "That is fine.");
    assertNegation("لا شك أنه محق.", "He is surely right.");
    assertNegation("هو محق بلا شك.", "He is surely right.");
    assertNegation("عدد لا يستهان به من الناس.", "A considerable number of people.");
    assertNegation("لا أزال أذكر ذلك.", "I still remember it."); // every form of زال
    assertNegation("بلغ العدد 20 شخصًا على الأقل.", "There were no fewer than 20 people.");
    assertNegation("هو محق بالتأكيد.", "He is no doubt right.");
    assertNegation("سأذهب بغض النظر عن مجيئه.", "Whether he comes or not, I will go.");
    // "not yet", "not increased" and "doesn't matter" negate
    assertNegation("تمت الموافقة على اللقاح.", "The vaccine has not yet been approved.", NOT_ADDED);
    assertNegation("ازدادت الحالات.", "Cases have not increased.", NOT_ADDED);
    assertNegation(
        "هذا يهم.",
        "It doesn't matter.",
        "The translation is negated (doesn't) but the source is not");
  }

  @Test
  void atLeastAndAtMostNeedTheirAn() {
    assertNegation("بلغت الإصابات ما لا يقل عن 50 حالة.", "Infections reached at least 50 cases.");
    assertNegation("يجب ألا تزيد عن 20 دقيقة.", "It should last 20 minutes at most.");
    // تقل without عن is "say": لم تقل, you did not say
    assertNegation(
        "لم تقل ذلك.", "You said that.", "The source is negated (لم) but the translation is not");
  }

  @Test
  void maAfterAnAdverbConjunctionOrPronounIsNoNegator() {
    assertNegation(
        "الخلايا أساسية جداً لدراسة الحياة، بل غالباً ما يشار إليها باسم وحدات البناء.",
        "Cells are not basic to the study of life; they are often called the building blocks.",
        NOT_ADDED);
    assertNegation(
        "إذا ما أصبح ترامب رئيساً، سيظل على الحكومة العمل معه.",
        "If Trump becomes president, the government will not have to work with him.",
        NOT_ADDED);
    assertNegation(
        "ما المعروف بالفعل حول هذا الموضوع؟",
        "What is not already known about this topic?",
        NOT_ADDED);
    assertNegation(
        "لا نعرف ما إذا كانت الحدة هي السبب.", "We do not know whether the severity is the cause.");
    // ما after a verb or opening a clause still may negate: it confirms a negation
    assertNegation("ما كان يعلم بالأمر.", "He did not know about it.");
  }

  @Test
  void withoutBeforeAVerbNegatesIt() {
    assertNegation(
        "تستطيع العناصر الانتقال من حالة إلى أخرى دون أن تتغير.",
        "Elements can move from one state to another and change.",
        "The source is negated (دون) but the translation is not");
    assertNegation(
        "تستطيع العناصر الانتقال من حالة إلى أخرى دون أن تتغير.",
        "Elements can move from one state to another without changing.");
    // before a noun it is nominal: it confirms, never raises
    assertNegation("سافر دون جواز سفر.", "He travelled with a passport.");
  }

  @Test
  void withoutBeforeANounOnlyConfirms() {
    assertNegation(
        "يمكن الاتصال به من معظم الهواتف مجاناً.",
        "It can be called from most phones without charge.");
    assertNegation(
        "يمكن الاتصال به من معظم الهواتف.",
        "It can be called from most phones without paying.",
        "The translation is negated (without) but the source is not");
  }

  @Test
  void affirmingNegationsAndRatherThanOnlyConfirm() {
    assertNegation("تذكّر إضافة التكاليف الزائدة.", "Don't forget to add in the extra costs.");
    assertNegation("لا تنس إضافة التكاليف الزائدة.", "Don't forget to add in the extra costs.");
    assertNegation(
        "إسهاماتهم بعيدة كل البعد عن الهدف.", "Their contributions are nowhere near the target.");
    assertNegation(
        "تبدأ العواصف في أطراف الصحاري وليس داخل الصحاري ذاتها.",
        "Storms start in desert margins rather than the deserts themselves.");
    assertNegation("استخدموا القوارب بدلا من السفن.", "They did not use ships but boats.");
    assertNegation(
        "تهدف الثورة لبناء بلد كريم حر بعيدا عن النظام المجرم.",
        "The revolution aims to build a nation founded on freedom and dignity, not on rivalries.");
    // only "not" right after the comma: a negated verb after it still raises
    assertNegation(
        "قال إنه سيحضر، وإنه سيتكلم.", "He said he would come, and he would not speak.", NOT_ADDED);
  }

  @Test
  void aNegatorBesideTheRenderingOfANominalNegationIsUnanswered() {
    // عدم is rendered by "lack", غير by in-: the added "not" renders nothing
    assertNegation(
        "الخيارات محدودة بسبب عدم وجود طرق.",
        "The choice is not limited due to the lack of routes.",
        NOT_ADDED);
    assertNegation(
        "ينتقل عن طريق الاتصال غير المباشر.", "It is not transmitted indirectly.", NOT_ADDED);
    // but a side with more such words than the other may render the negator with one of them
    assertNegation("بسبب عدم وجود طرق.", "It is not limited, given the lack of routes.", NOT_ADDED);
    assertNegation("لم يولد الطفل بعد.", "The child is unborn.");
    assertNegation("ينتقل عن طريق الاتصال غير المباشر.", "It is transmitted indirectly.");
    // an idiom or an ambiguous word on the negated side needs no rendering: it leaves nothing
    assertNegation(
        "عدد لا نهائي، ولا يزال هذا ما يعنيه الناس.",
        "Infinite numbers, but this remains what people mean.");
    assertNegation(
        "ما بدأ كتصوير روتيني انتهى بجنين لم يولد بعد.",
        "What started as a scan ended with an unborn child.");
  }

  @Test
  void inImAndAAreNegativePrefixesOfAdjectivesOnly() {
    String dropped = "The source is negated (لم) but the translation is not";
    // instead, information, income, impact: words that begin like a negation hide none
    assertNegation(
        "لم تظهر الأشرعة في النصوص، بل استخدموا القوارب.",
        "Sails are shown in texts; instead, boats were used.",
        dropped);
    assertNegation("لم ينشر التقرير.", "The report published information.", dropped);
    assertNegation("لم يعلن دخله.", "He declared his income.", dropped);
    assertNegation("لم يفهم الأمر.", "He understood it.", dropped); // under- is no un-
    // adjectives and adverbs made with them still do
    assertNegation("لم يكن ذلك ممكنًا.", "It was impossible.");
    assertNegation("لا نهاية للأعداد.", "The numbers are infinite.");
  }

  @Test
  void notBeforeIlOrIrAffirmsAndYesNoIsAChoice() {
    assertNegation("حتى وإن كان قانونياً في منطقتك.", "even if it's not illegal in your area.");
    assertNegation("الأمر ذو صلة.", "It is not irrelevant.");
    assertNegation(
        "يجمع المعلومات (نعم أو غير معروف).", "It captures information (yes, no, or unknown).");
  }

  @Test
  void lamWithItsShaddaIsGather() {
    assertNegation("تحصل على الإيرادات من حفلات لمّ الشمل.", "They earn revenue from reunions.");
  }

  @Test
  void aTranslationThatNegatesMoreOftenThanItsSourceAddsANegation() {
    assertNegation(
        "لم تنجح كل وسائل المواصلات.",
        "Not all transport has not been successful.",
        "The translation is negated (Not, not) but the source is not");
    // Arabic negates each verb where English may negate once: no sign the other way round
    assertNegation("لم يأكل ولم يشرب.", "He did not eat or drink.");
    // an emphatic "not even" after a dash or comma repeats the negation before it
    assertNegation(
        "لم تعترف بها أي دولة بما في ذلك أرمينيا.",
        "No nation - not even Armenia - recognises it.");
  }

  @Test
  void notOnlyNegatesUnlessSomethingCompletesIt() {
    assertNegation("بوسعه هز رأسه فقط.", "He can not only shake his head.", NOT_ADDED);
    assertNegation("لم يكتف بهز رأسه بل ابتسم.", "He not only shook his head but smiled.");
  }

  @Test
  void maAfterANounBeforeAPauseOrAfterAPrepositionIsNoNegator() {
    // لمكان ما "of some place", على ما يكفي "on enough", أن ما "that what"
    assertNegation(
        "العمارة لمكان ما هي مزار سياحي.",
        "The architecture of a place is not a tourist attraction.",
        NOT_ADDED);
    assertNegation(
        "عثروا على ما يكفي من الأدلة.", "They had not found enough evidence.", NOT_ADDED);
    assertNegation(
        "وهذا يدل على أن ما أوجدها حديث.",
        "This shows that what created them is not recent.",
        NOT_ADDED);
    // ما that opens a clause may still negate
    assertNegation("ما قال شيئًا.", "He did not say anything.");
  }

  @Test
  void devoidAnswersANegator() {
    assertNegation("ليس في القمر نشاط.", "The moon is devoid of activity.");
    assertNegation("في القمر نشاط.", "The moon is not devoid of activity."); // affirms
  }

  @Test
  void idiomsSaidWithoutANegationAnswerNone() {
    // لا بد "must", لا يزال "still": a "not" beside their rendering renders nothing of the source
    assertNegation(
        "لا بد أن يكون جواز السفر سارياً.", "Your passport must not be valid.", NOT_ADDED);
    assertNegation("لا بد أن يكون جواز السفر سارياً.", "Your passport must be valid.");
    assertNegation("ما زال الوضع صعبًا.", "The situation is still difficult.");
  }

  @Test
  void theSourcesWeakWordsRenderTheTranslationsNegatingOnesBeforeCountingAsNegations() {
    // illegal renders غير القانوني, so "not" and "no" are two negations against the source's one
    assertNegation(
        "لا تؤثر رموز المناطق على النسخ غير القانوني.",
        "Region codes have not absolutely no effect on illegal copying.",
        "The translation is negated (not, no) but the source is not");
    assertNegation(
        "لا تؤثر رموز المناطق على النسخ غير القانوني.",
        "Region codes have absolutely no effect on illegal copying.");
  }

  @Test
  void onlyRendersARestrictiveNegationSoANotBesideItIsUnanswered() {
    assertNegation("لا يمكن اجتيازه إلا بالجرارات.", "It can only be crossed by tractors.");
    assertNegation(
        "لا يمكن اجتيازه إلا بالجرارات.", "It can not only be crossed by tractors.", NOT_ADDED);
    assertNegation("لا يمكن اجتيازه إلا بالجرارات.", "Nothing but tractors can cross it.");
  }
}

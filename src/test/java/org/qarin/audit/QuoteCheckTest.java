package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qarin.audit.AuditTesting.audit;
import static org.qarin.audit.AuditTesting.check;
import static org.qarin.audit.AuditTesting.doc;
import static org.qarin.audit.AuditTesting.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.Severity;

class QuoteCheckTest {
  private static List<Finding> quotes(String arabic, String english) {
    return check(arabic, english, FindingKind.QUOTE_MISMATCH);
  }

  @Test
  void quotationTurnedIntoReportedSpeech() {
    List<Finding> f =
        quotes(
            "واختتم بالقول: «الماء حقٌّ لكل بيت، وليس منّةً من أحد».",
            "He concluded by saying that water is a right for every home.");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(f.get(0).message())
        .isEqualTo("The source quotes speech that the translation does not put in quotation marks");
  }

  @Test
  void quotationAddedInTheTranslation() {
    assertThat(quotes("قال إن الماء حق لكل بيت.", "He said: \"Water is a right for every home.\""))
        .extracting(Finding::message)
        .containsExactly(
            "The translation puts words in quotation marks that the source does not quote");
  }

  @Test
  void quotationOnBothSidesInAnyMarks() {
    assertThat(
            quotes(
                "وقال: “لن نعد الناس بما لا نستطيع تنفيذه.”", "“We will not promise it,” he said."))
        .isEmpty();
    assertThat(
            quotes(
                "وأضاف: «ندفع ثمن الماء أكثر مما ندفع ثمن الخبز!»",
                "He added: \"We pay more for water!\""))
        .isEmpty();
  }

  @Test
  void quotedNamesAreNoSpeech() {
    // Arabic news quotes names, often with ”…” on both ends; English writes them plain
    assertThat(quotes("موقف مغاير لـ”الإنقاذ” من روسيا: شريك محتمل", "A new stance on Russia"))
        .isEmpty();
    assertThat(quotes("دخول فصائل “ردع العدوان” إلى حلب", "The factions entered Aleppo")).isEmpty();
  }

  @Test
  void aQuotationMaySpanSentences() {
    Alignment a =
        new Alignment(
            doc(Language.AR, "قال المجلس إن الخطة جاهزة.", "وستبدأ الأعمال قريبًا."),
            doc(
                Language.EN,
                "“The plan is ready and costs a great deal.",
                "Work will start soon,” the council said."),
            List.of(Link.aligned(List.of(0, 1), List.of(0, 1), 0.9)));
    assertThat(findings(audit(a), FindingKind.QUOTE_MISMATCH)).hasSize(1);
  }
}

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

class DateCheckTest {
  private static final FindingKind[] DATES_AND_NUMBERS = {
    FindingKind.DATE_CHANGED,
    FindingKind.NUMBER_CHANGED,
    FindingKind.NUMBER_MISSING,
    FindingKind.NUMBER_ADDED
  };

  @Test
  void numericDateEqualsTheWrittenOneAndItsDigitsAreNoNumbers() {
    assertThat(
            check(
                "وحدد المجلس يوم الأحد 2025/11/30 موعدًا نهائيًا.",
                "The council set Sunday, 30 November 2025, as the deadline.",
                DATES_AND_NUMBERS))
        .isEmpty();
  }

  @Test
  void levantineMonthEqualsTheGregorianName() {
    assertThat(check("حمص – 14 تشرين الثاني 2025", "Homs – 14 November 2025", DATES_AND_NUMBERS))
        .isEmpty();
  }

  @Test
  void aDifferentDayIsAChangedDateWithSpans() {
    Report r = audit(pair("حمص – 14 تشرين الثاني 2025", "Homs – 15 November 2025"));
    List<Finding> f = findings(r, DATES_AND_NUMBERS);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).kind()).isEqualTo(FindingKind.DATE_CHANGED);
    assertThat(f.get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.get(0).message())
        .isEqualTo(
            "Date 14 تشرين الثاني 2025 in the source is 15 November 2025 in the translation");
    assertThat(spanTexts(r, f.get(0), true)).containsExactly("14 تشرين الثاني 2025");
    assertThat(spanTexts(r, f.get(0), false)).containsExactly("15 November 2025");
  }

  @Test
  void aDifferentMonthIsAChangedDate() {
    List<Finding> f =
        check("ينتهي العمل في آذار 2026.", "The work ends in April 2026.", DATES_AND_NUMBERS);
    assertThat(f).extracting(Finding::kind).containsExactly(FindingKind.DATE_CHANGED);
  }

  @Test
  void aDifferentWeekdayIsAChangedDate() {
    Report r =
        audit(pair("أعلن المجلس يوم الأحد عن الخطة.", "The council announced the plan on Monday."));
    List<Finding> f = findings(r, FindingKind.DATE_CHANGED);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message())
        .isEqualTo("Day يوم الأحد in the source is Monday in the translation");
    assertThat(spanTexts(r, f.get(0), false)).containsExactly("Monday");
  }

  @Test
  void aDateOnOneSideOnlyLeavesItsNumbersToTheNumberCheck() {
    List<Finding> f =
        check("وصل الوفد في 29 تشرين الثاني.", "The delegation arrived.", DATES_AND_NUMBERS);
    assertThat(f).extracting(Finding::kind).containsExactly(FindingKind.NUMBER_MISSING);
  }
}

package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.qarin.export.ExportTesting.export;
import static org.qarin.export.ExportTesting.exportAlignment;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Severity;

class DelimitedExporterTest {
  private static final List<String> HEADER =
      List.of(
          "link",
          "kind",
          "score",
          "source_indices",
          "target_indices",
          "source_text",
          "target_text",
          "findings");

  static List<Report> samples() {
    return ExportTesting.samples();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void csvReadsBackWithBomHeaderAndOneRowPerLink(Report r) {
    String csv = export("csv", r);
    assertThat(csv).startsWith("\uFEFFlink,kind,");
    List<List<String>> rows = Rfc4180.parse(csv.substring(1));
    assertThat(rows.get(0)).isEqualTo(HEADER);
    checkRows(rows.subList(1, rows.size()), r.alignment(), r.findings());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void tsvHasEightColumnsAndNoBreaksInCells(Report r) {
    String tsv = export("tsv", r);
    assertThat(tsv).doesNotContain("\r").doesNotStartWith("\uFEFF");
    List<List<String>> rows = new ArrayList<>();
    for (String line : ExportTesting.lines(tsv)) {
      rows.add(List.of(line.split("\t", -1)));
    }
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(8));
    assertThat(rows.get(0)).isEqualTo(HEADER);
    checkRows(rows.subList(1, rows.size()), r.alignment(), r.findings());
  }

  @Test
  void formulasAreNeutralised() {
    Report r =
        TestReports.lines(
            List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(A1:A9)", "  =1+1"),
            List.of("-2+3", "+cmd|' /C calc'!A0", "\t=1"),
            List.of(Finding.of(FindingKind.ADDED, Severity.WARNING, List.of(), List.of(0), "=1")));
    List<List<String>> csv = Rfc4180.parse(export("csv", r).substring(1));
    assertThat(cells(csv, 5))
        .containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(A1:A9)", "'  =1+1");
    assertThat(cells(csv, 6)).containsExactly("'-2+3", "'+cmd|' /C calc'!A0", "'\t=1");
    assertThat(cells(csv, 7)).containsExactly("added: =1 (confidence 1.00)", "", "");
    List<String> tsv = ExportTesting.lines(export("tsv", r));
    assertThat(tsv.get(1)).contains("\t'=HYPERLINK(\"http://evil.example\",\"x\")\t'-2+3\t");
    assertThat(tsv.get(3)).endsWith("\t'  =1+1\t' =1\t");
  }

  @Test
  void hostileCellsAreSafe() {
    Report r = SampleReports.hostile();
    List<List<String>> csv = Rfc4180.parse(export("csv", r).substring(1));
    assertThat(csv.get(1).get(5)).contains("<script>alert('x')</script>");
    assertThat(csv.get(2).get(5)).startsWith("'=HYPERLINK(\"http://evil.example\"");
    assertThat(csv.get(2).get(6)).isEqualTo("'@SUM(A1:A9) -2+3 +cmd|' /C calc'!A0");
    assertThat(csv.get(3).get(7))
        .isEqualTo("dropped: <script>alert(1)</script> & \"quotes\" (confidence 1.00)");
    assertThat(csv.get(4).get(6))
        .isEqualTo("Control  chars, \uFFFE and \uFFFD lone surrogate ]]> &lt;");
  }

  @Test
  void alignmentAloneHasAnEmptyFindingsColumn() {
    Report r = SampleReports.corpusSample();
    List<List<String>> csv = Rfc4180.parse(exportAlignment("csv", r.alignment()).substring(1));
    assertThat(csv.get(0)).isEqualTo(HEADER);
    checkRows(csv.subList(1, csv.size()), r.alignment(), List.of());
    List<String> tsv = ExportTesting.lines(exportAlignment("tsv", r.alignment()));
    assertThat(tsv).hasSize(r.alignment().links().size() + 1);
    assertThat(tsv.subList(1, tsv.size())).allSatisfy(line -> assertThat(line).endsWith("\t"));
  }

  @Test
  void corpusTextsAreCheckedExactlyAndListItemsArePrefixed() {
    Report r = SampleReports.corpusSample();
    for (Link l : r.alignment().links()) {
      assertThat(plain(text(r.alignment().source(), l.source()))).isTrue();
      assertThat(plain(text(r.alignment().target(), l.target()))).isTrue();
    }
    // the statement's list items start with "- ", which a spreadsheet would take for a formula
    List<List<String>> csv = Rfc4180.parse(export("csv", r).substring(1));
    assertThat(cells(csv, 6)).contains("'- Drilling 4 new wells south of the town");
  }

  /**
   * Checks rows against the alignment. Texts the format must change (formula starts, control
   * characters, line breaks) are checked by the tests above; the rest must come out unchanged.
   */
  private static void checkRows(List<List<String>> rows, Alignment a, List<Finding> findings) {
    assertThat(rows).hasSize(a.links().size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      Link l = a.links().get(i);
      assertThat(row.get(0)).isEqualTo(Integer.toString(i));
      assertThat(row.get(1)).isEqualTo(l.kind().id());
      assertThat(row.get(2)).matches("[01]\\.\\d{4}");
      assertThat(Double.parseDouble(row.get(2))).isCloseTo(l.score(), within(0.00005));
      assertThat(row.get(3)).isEqualTo(indices(l.source()));
      assertThat(row.get(4)).isEqualTo(indices(l.target()));
      checkText(row.get(5), text(a.source(), l.source()));
      checkText(row.get(6), text(a.target(), l.target()));
      assertThat(row.get(7)).isEqualTo(findingsCell(l, findings));
    }
  }

  /** Texts with control characters or line breaks are checked by the tests above. */
  private static void checkText(String cell, String text) {
    if (plain(text)) {
      boolean formula = text.matches("(?s)[\\s\\p{Cf}]*[=+\\-@].*");
      assertThat(cell).isEqualTo(formula ? "'" + text : text);
    }
  }

  private static boolean plain(String text) {
    return !text.matches("(?s).*[\\p{Cc}\\p{Cs}\\u2028\\u2029].*");
  }

  private static List<String> cells(List<List<String>> rows, int column) {
    List<String> out = new ArrayList<>();
    rows.subList(1, rows.size()).forEach(r -> out.add(r.get(column)));
    return out;
  }

  private static String indices(List<Integer> indices) {
    List<String> parts = new ArrayList<>();
    indices.forEach(i -> parts.add(Integer.toString(i)));
    return String.join(" ", parts);
  }

  private static String text(Document d, List<Integer> indices) {
    List<String> parts = new ArrayList<>();
    indices.forEach(i -> parts.add(d.sentence(i).text()));
    return String.join(" ", parts);
  }

  private static String findingsCell(Link l, List<Finding> findings) {
    List<String> parts = new ArrayList<>();
    for (Finding f : findings) {
      if (f.source().stream().anyMatch(l.source()::contains)
          || f.target().stream().anyMatch(l.target()::contains)) {
        parts.add(
            f.kind().id()
                + ": "
                + f.message()
                + " (confidence "
                + Links.twoDecimals(f.confidence())
                + ")");
      }
    }
    return String.join(" | ", parts);
  }
}

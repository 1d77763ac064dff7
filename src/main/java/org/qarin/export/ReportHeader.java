package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Report;
import org.qarin.model.Summary;
import org.qarin.model.Version;

/** The top of the report page: the summary, the filter and navigation controls, the legend. */
final class ReportHeader {
  private final Report report;
  private final FindingRows rows;

  ReportHeader(Report report, FindingRows rows) {
    this.report = report;
    this.rows = rows;
  }

  /** The documents, the version, the figures and the counts per finding kind. */
  void summary(Writer out) throws IOException {
    Document source = report.alignment().source();
    Document target = report.alignment().target();
    out.write("<header class=\"summary\">\n<h1>Translation audit: <bdi>");
    out.write(Html.escape(source.name()) + "</bdi> \u2192 <bdi>" + Html.escape(target.name()));
    out.write("</bdi></h1>\n<p class=\"docs\">Source: " + describe(source) + ". Target: ");
    out.write(describe(target) + ". Report by qarin " + Html.escape(Version.get()) + ".</p>\n");
    out.write(
        "<p class=\"rendering\" id=\"rendering\">"
            + Html.escape(RenderingText.sentence(report))
            + "</p>\n");
    figures(out);
    counts(out);
    unplaced(out);
    out.write("</header>\n");
  }

  /** The filters ("only rows with findings", kinds) and the previous/next finding buttons. */
  void controls(Writer out) throws IOException {
    out.write("<nav class=\"controls\" aria-labelledby=\"controls-title\">\n");
    out.write("<h2 id=\"controls-title\">Filter and navigate</h2>\n");
    out.write("<p><label><input type=\"checkbox\" id=\"only-findings\"> ");
    out.write("Show only rows with findings</label></p>\n");
    kindFilters(out);
    out.write("<p class=\"buttons\"><button type=\"button\" id=\"prev-finding\">");
    out.write("\u2191 Previous finding (k)</button> <button type=\"button\" id=\"next-finding\">");
    out.write("\u2193 Next finding (j)</button></p>\n<p class=\"keys\">Keys: <kbd>j</kbd> or ");
    out.write("<kbd>n</kbd> next row with a finding, <kbd>k</kbd> or <kbd>p</kbd> previous one; ");
    out.write("<kbd>Tab</kbd> also stops at each such row. Unchecked kinds are hidden from the ");
    out.write("rows and skipped.</p>\n<p id=\"status\" role=\"status\" aria-live=\"polite\">");
    out.write(status() + "</p>\n</nav>\n");
  }

  private static String describe(Document d) {
    return "<bdi>"
        + Html.escape(d.name())
        + "</bdi>, "
        + Html.escape(d.language().displayName())
        + " ("
        + Html.escape(d.language().code())
        + "), "
        + d.size()
        + " sentences";
  }

  private void figures(Writer out) throws IOException {
    Summary s = report.summary();
    out.write("<dl class=\"figures\">\n");
    figure(out, "Coverage", percent(s.coverage()), "share of source words the translation renders");
    figure(out, "Sentence coverage", percent(s.sentenceCoverage()), "share of source sentences");
    figure(out, "Mean link score", Links.twoDecimals(s.meanScore()), "over links with both sides");
    figure(out, "Source sentences", Integer.toString(s.sourceSentences()), "");
    figure(out, "Target sentences", Integer.toString(s.targetSentences()), "");
    figure(out, "Links", Integer.toString(report.alignment().links().size()), "rows below");
    figure(out, "Rows with findings", Integer.toString(rows.rowsWithFindings()), "");
    out.write("</dl>\n");
  }

  private static void figure(Writer out, String name, String value, String note)
      throws IOException {
    out.write("<div><dt>" + name + "</dt><dd>" + value);
    out.write(note.isEmpty() ? "" : " <small>" + note + "</small>");
    out.write("</dd></div>\n");
  }

  private void counts(Writer out) throws IOException {
    Map<FindingKind, Integer> counts = report.summary().counts();
    if (counts.isEmpty()) {
      out.write("<p class=\"no-findings\">No findings.</p>\n");
      return;
    }
    out.write("<table class=\"counts\">\n<caption>Findings by kind</caption>\n<thead><tr>");
    out.write("<th scope=\"col\">Kind</th><th scope=\"col\">What it means</th>");
    out.write("<th scope=\"col\">Count</th></tr></thead>\n<tbody>\n");
    int total = 0;
    for (Map.Entry<FindingKind, Integer> e : counts.entrySet()) {
      out.write("<tr><th scope=\"row\">" + Html.escape(e.getKey().id()) + "</th><td>");
      out.write(Html.escape(e.getKey().description()) + "</td><td class=\"num\">");
      out.write(e.getValue() + "</td></tr>\n");
      total += e.getValue();
    }
    out.write("</tbody>\n<tfoot><tr><th scope=\"row\">all kinds</th><td></td><td class=\"num\">");
    out.write(total + "</td></tr></tfoot>\n</table>\n");
  }

  /** Findings about no sentence of any link would have no row, so they are listed up here. */
  private void unplaced(Writer out) throws IOException {
    List<Integer> unplaced = rows.unplaced();
    if (unplaced.isEmpty()) {
      return;
    }
    out.write("<section class=\"document-findings\">\n<h2>Findings about the whole document");
    out.write("</h2>\n<ul class=\"findings\">\n");
    for (int f : unplaced) {
      out.write(ReportTable.finding(report.findings().get(f), ""));
    }
    out.write("</ul>\n</section>\n");
  }

  private void kindFilters(Writer out) throws IOException {
    Map<FindingKind, Integer> present = new EnumMap<>(FindingKind.class);
    for (Finding f : report.findings()) {
      present.merge(f.kind(), 1, Integer::sum);
    }
    out.write("<fieldset class=\"kinds\"><legend>Finding kinds shown</legend>\n");
    for (Map.Entry<FindingKind, Integer> e : present.entrySet()) {
      String id = e.getKey().id();
      out.write("<label title=\"" + Html.escape(e.getKey().description()) + "\">");
      out.write("<input type=\"checkbox\" class=\"kind-filter\" value=\"" + id + "\" checked> ");
      out.write(id + " (" + e.getValue() + ")</label>\n");
    }
    out.write(present.isEmpty() ? "<p>No findings to filter.</p>\n" : "");
    out.write("</fieldset>\n");
  }

  /**
   * What the script's status line says before any filtering, so the page reads right without JS.
   */
  private String status() {
    return "Showing all "
        + rows.rowCount()
        + " rows; "
        + rows.rowsWithFindings()
        + " with findings.";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}

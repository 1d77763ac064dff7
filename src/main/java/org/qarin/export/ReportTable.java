package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Span;
import org.qarin.model.WordGaps;

/**
 * The side-by-side table: one row per link in alignment order, the source and target sentences with
 * their highlighted words, and the badges of the findings that concern the row.
 */
final class ReportTable {
  private static final int MAX_OTHER_ROWS = 5;

  private final Report report;
  private final FindingRows rows;
  private final Highlights sourceMarks;
  private final Highlights targetMarks;

  ReportTable(Report report, FindingRows rows) {
    this.report = report;
    this.rows = rows;
    this.sourceMarks = new Highlights(report.alignment().source());
    this.targetMarks = new Highlights(report.alignment().target());
    markGaps();
    markFindings();
  }

  /** Writes the table, its header and one row per link. */
  void write(Writer out) throws IOException {
    out.write("<main>\n<table id=\"alignment\" class=\"alignment\">\n<caption>The texts side by ");
    out.write("side: one row per link, in alignment order</caption>\n<colgroup>");
    out.write("<col class=\"c-link\"><col class=\"c-side\"><col class=\"c-side\">");
    out.write("<col class=\"c-findings\"></colgroup>\n<thead><tr><th scope=\"col\">Link</th>");
    out.write(columnHeader("Source", report.alignment().source()));
    out.write(columnHeader("Target", report.alignment().target()));
    out.write("<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
    List<Link> links = report.alignment().links();
    // what the translation renders first; each run outside it after, as one row
    for (int r = 0; r < links.size(); r++) {
      if (!rows.collapsed(r)) {
        out.write(row(r, links.get(r)));
      }
    }
    List<Integer> groups = rows.groups();
    for (int k = 0; k < groups.size(); k++) {
      out.write(groupRow(k, report.findings().get(groups.get(k))));
    }
    out.write("</tbody>\n</table>\n</main>\n");
  }

  private static String columnHeader(String side, Document doc) {
    return "<th scope=\"col\">"
        + side
        + " ("
        + Html.escape(doc.language().displayName())
        + ") <bdi class=\"name\">"
        + Html.escape(doc.name())
        + "</bdi></th>";
  }

  /** Below this confidence a finding is shown quieter: more likely wrong than right. */
  static final double LOW_CONFIDENCE = 0.5;

  /** One finding as a list item: a badge with kind and severity, the message, its other rows. */
  static String finding(Finding f, String elsewhere) {
    String sev = f.severity().id();
    return "<li class=\"finding sev-"
        + sev
        + (f.confidence() < LOW_CONFIDENCE ? " low-confidence" : "")
        + "\" data-kind=\""
        + Html.escape(f.kind().id())
        + "\" data-confidence=\""
        + Links.twoDecimals(f.confidence())
        + "\"><span class=\"badge sev-"
        + sev
        + "\" title=\""
        + Html.escape(f.kind().description() + "; confidence " + Links.twoDecimals(f.confidence()))
        + "\">"
        + Html.escape(f.kind().id())
        + " \u00b7 "
        + sev
        + "</span> <bdi class=\"msg\">"
        + Html.escape(f.message())
        + "</bdi>"
        + elsewhere
        + "</li>\n";
  }

  private String row(int r, Link link) {
    List<Integer> findings = rows.findingsIn(r);
    StringBuilder sb = new StringBuilder(512);
    sb.append("<tr id=\"link-").append(r).append("\" class=\"k-").append(link.kind().id());
    if (findings.isEmpty()) {
      sb.append("\">\n");
    } else {
      // Focusable, so Tab and the j/k keys can land on rows that need a reviewer's attention.
      sb.append(" has-findings\" data-kinds=\"").append(Html.escape(kindIds(findings)));
      sb.append("\" tabindex=\"0\">\n");
    }
    sb.append(linkCell(r, link));
    sb.append(side(report.alignment().source(), link.source(), sourceMarks, "src", "no source"));
    sb.append(
        side(report.alignment().target(), link.target(), targetMarks, "tgt", "not translated"));
    sb.append(findingsCell(r, findings));
    return sb.append("</tr>\n").toString();
  }

  /**
   * A run of sentences outside what the translation renders, as one row: its finding, and its
   * sentences folded away until the reviewer opens them.
   */
  private String groupRow(int k, Finding f) {
    boolean source = f.kind() == FindingKind.NOT_INCLUDED;
    List<Integer> sentences = source ? f.source() : f.target();
    StringBuilder sb = new StringBuilder(1024);
    sb.append("<tr id=\"outside-")
        .append(k)
        .append("\" class=\"k-outside has-findings\" data-kinds=\"");
    sb.append(Html.escape(f.kind().id())).append("\" tabindex=\"0\">\n");
    sb.append("<th scope=\"row\" class=\"link\"><span class=\"kind\">");
    sb.append(source ? "not included" : "other content").append("</span> <span class=\"shape\">");
    sb.append(sentences.size())
        .append(sentences.size() == 1 ? " sentence" : " sentences")
        .append("</span></th>\n");
    Document src = report.alignment().source();
    Document tgt = report.alignment().target();
    sb.append(side(src, source ? sentences : List.of(), sourceMarks, "src", "other sources", true));
    sb.append(side(tgt, source ? List.of() : sentences, targetMarks, "tgt", "not rendered", true));
    sb.append("<td class=\"findings\"><ul>\n").append(finding(f, "")).append("</ul></td>\n");
    return sb.append("</tr>\n").toString();
  }

  /** "Show the sentence", "Show the 20 sentences": the label of folded sentences. */
  static String showSentences(int n) {
    return n == 1 ? "Show the sentence" : "Show the " + n + " sentences";
  }

  private static String linkCell(int r, Link link) {
    String shape = link.source().size() + ":" + link.target().size();
    return "<th scope=\"row\" class=\"link\"><span class=\"n\">#"
        + r
        + "</span> <span class=\"kind\">"
        + link.kind().id()
        + "</span>"
        + (shape.equals("1:1") || link.oneSided()
            ? ""
            : " <span class=\"shape\">" + shape + "</span>")
        + " <span class=\"score\">score "
        + Links.twoDecimals(link.score())
        + "</span></th>\n";
  }

  /**
   * One side of a link. The cell carries the document's own direction and language (either side may
   * be Arabic); each sentence's text is bidi-isolated, so a stray U+202E cannot reorder the page
   * around it.
   */
  private static String side(
      Document doc, List<Integer> indices, Highlights marks, String cls, String missing) {
    return side(doc, indices, marks, cls, missing, false);
  }

  /** One side of a row; {@code folded} puts its sentences in a closed {@code details} element. */
  private static String side(
      Document doc,
      List<Integer> indices,
      Highlights marks,
      String cls,
      String missing,
      boolean folded) {
    String dir = doc.language().rightToLeft() ? "rtl" : "ltr";
    StringBuilder sb = new StringBuilder(256);
    sb.append("<td class=\"").append(cls).append(indices.isEmpty() ? " empty" : "");
    sb.append("\" dir=\"").append(dir).append("\" lang=\"");
    sb.append(Html.escape(doc.language().code())).append("\">");
    if (indices.isEmpty()) {
      // The placeholder is English page text, whatever the column's language.
      sb.append("<span class=\"placeholder\" dir=\"ltr\" lang=\"en\">\u2014 ").append(missing);
      sb.append(" \u2014</span>");
    }
    if (folded && !indices.isEmpty()) {
      sb.append("<details><summary dir=\"ltr\" lang=\"en\">")
          .append(showSentences(indices.size()))
          .append("</summary>");
    }
    for (int i : indices) {
      sb.append("<div class=\"s\"><span class=\"ix\" title=\"sentence ").append(i).append("\">");
      sb.append(i).append("</span> <span class=\"t\" dir=\"").append(dir).append("\">");
      sb.append(marks.render(doc.sentence(i))).append("</span></div>");
    }
    sb.append(folded && !indices.isEmpty() ? "</details>" : "");
    return sb.append("</td>\n").toString();
  }

  private String findingsCell(int r, List<Integer> findings) {
    if (findings.isEmpty()) {
      return "<td class=\"findings\"></td>\n";
    }
    StringBuilder sb = new StringBuilder("<td class=\"findings\"><ul>\n");
    for (int f : findings) {
      sb.append(finding(report.findings().get(f), elsewhere(r, rows.rowsOf(f))));
    }
    return sb.append("</ul></td>\n").toString();
  }

  /**
   * For a finding over several rows, links to its other rows: the first few, and how many more, so
   * a finding over thousands of rows does not repeat thousands of links in each of them.
   */
  private static String elsewhere(int row, int[] rowsOfFinding) {
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (int other : rowsOfFinding) {
      if (other != row && shown < MAX_OTHER_ROWS) {
        sb.append(shown++ == 0 ? " <span class=\"also\">also in " : ", ");
        sb.append("<a href=\"#link-").append(other).append("\">#").append(other).append("</a>");
      }
    }
    int more = rowsOfFinding.length - 1 - shown;
    sb.append(more > 0 ? " and " + more + " more rows" : "");
    return shown == 0 ? "" : sb.append("</span>").toString();
  }

  private String kindIds(List<Integer> findings) {
    Set<String> ids = new LinkedHashSet<>();
    for (int f : findings) {
      ids.add(report.findings().get(f).kind().id());
    }
    return String.join(" ", ids);
  }

  private void markGaps() {
    for (WordGaps g : report.gaps()) {
      for (Span s : g.source()) {
        sourceMarks.add(s, "gap", "no counterpart in the translation");
      }
      for (Span s : g.target()) {
        targetMarks.add(s, "gap", "no counterpart in the source");
      }
    }
  }

  private void markFindings() {
    for (Finding f : report.findings()) {
      String cls = "hit sev-" + f.severity().id();
      String title = f.kind().id() + " (" + f.severity().id() + "): " + f.message();
      for (Span s : f.sourceSpans()) {
        sourceMarks.add(s, cls, title);
      }
      for (Span s : f.targetSpans()) {
        targetMarks.add(s, cls, title);
      }
    }
  }
}

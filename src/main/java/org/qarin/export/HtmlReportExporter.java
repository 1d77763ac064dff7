package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.qarin.model.Alignment;
import org.qarin.model.Report;

/**
 * Writes an audit report as one self-contained HTML5 page for reviewers: a summary, the two texts
 * side by side with one table row per link, findings as badges in their rows, highlighted words,
 * filters and keyboard navigation. The page loads nothing (inline CSS and JS only, locked by a
 * Content-Security-Policy), treats every text as untrusted, and is byte-identical for the same
 * report.
 */
public final class HtmlReportExporter implements Exporter {
  /** Creates an exporter; it keeps no state between reports. */
  public HtmlReportExporter() {}

  /** Writes {@code report} as an HTML page to {@code out}, which it neither flushes nor closes. */
  @Override
  public void write(Report report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    FindingRows rows = new FindingRows(report.alignment(), report.findings());
    Alignment a = report.alignment();
    ReportAssets.head(out, "qarin audit: " + a.source().name() + " \u2192 " + a.target().name());
    out.write("<body>\n");
    ReportHeader header = new ReportHeader(report, rows);
    header.summary(out);
    header.controls(out);
    out.write(ReportAssets.LEGEND);
    new ReportTable(report, rows).write(out);
    out.write("<script>" + ReportAssets.JS + "</script>\n</body>\n</html>\n");
  }
}

package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.qarin.model.Alignment;
import org.qarin.model.Report;
import org.qarin.model.Version;

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
    head(report.alignment(), out);
    out.write("<body>\n");
    ReportHeader header = new ReportHeader(report, rows);
    header.summary(out);
    header.controls(out);
    out.write(ReportAssets.LEGEND);
    new ReportTable(report, rows).write(out);
    out.write("<script>" + ReportAssets.JS + "</script>\n</body>\n</html>\n");
  }

  private static void head(Alignment a, Writer out) throws IOException {
    out.write(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n");
    // First in <head>, so the policy is in force before the browser reads any other element.
    out.write(
        "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + Html.escape(ReportAssets.CSP)
            + "\">\n");
    out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta name=\"generator\" content=\"qarin " + Html.escape(Version.get()) + "\">\n");
    out.write(
        "<title>qarin audit: "
            + Html.escape(a.source().name())
            + " \u2192 "
            + Html.escape(a.target().name())
            + "</title>\n");
    out.write("<style>" + ReportAssets.CSS + "</style>\n</head>\n");
  }
}

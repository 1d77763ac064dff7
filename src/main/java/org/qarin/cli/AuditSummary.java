package org.qarin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qarin.export.RenderingText;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Rendering;
import org.qarin.model.Report;
import org.qarin.model.Severity;
import org.qarin.model.Summary;

/** The few lines {@code qarin audit} prints: sizes, links, coverage, findings, files written. */
final class AuditSummary {
  private AuditSummary() {}

  static void print(PrintWriter out, Report report, List<Path> written) {
    Alignment a = report.alignment();
    Summary s = report.summary();
    out.println(document("source", a.source()) + "; " + document("translation", a.target()));
    out.println("links: " + links(a.links()));
    out.println(
        String.format(
            Locale.ROOT,
            "coverage: %.1f%% of source words, %.1f%% of source sentences; mean link score %.2f",
            100 * s.coverage(),
            100 * s.sentenceCoverage(),
            s.meanScore()));
    if (s.rendering().shape() != Rendering.Shape.WHOLE) {
      out.println(
          "rendering: " + s.rendering().shape().id() + ". " + RenderingText.sentence(report));
    }
    out.println("findings: " + severities(report.findings()));
    if (!report.findings().isEmpty()) {
      out.println("  " + kinds(s));
    }
    for (Path p : written) {
      out.println("wrote " + p);
    }
    out.flush();
  }

  private static String document(String role, Document d) {
    return role
        + " "
        + d.name()
        + " ("
        + d.language().displayName()
        + ", "
        + d.size()
        + (d.size() == 1 ? " sentence)" : " sentences)");
  }

  private static String links(List<Link> links) {
    Map<LinkKind, Integer> counts = new EnumMap<>(LinkKind.class);
    links.forEach(l -> counts.merge(l.kind(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((k, n) -> parts.add(n + " " + k.id()));
    return links.size() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  private static String severities(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "none";
    }
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    for (Severity sev : new Severity[] {Severity.CRITICAL, Severity.WARNING, Severity.INFO}) {
      if (counts.containsKey(sev)) {
        parts.add(counts.get(sev) + " " + sev.id());
      }
    }
    return String.join(", ", parts);
  }

  private static String kinds(Summary s) {
    List<String> parts = new ArrayList<>();
    for (FindingKind k : FindingKind.values()) {
      if (s.count(k) > 0) {
        parts.add(k.id() + " " + s.count(k));
      }
    }
    return String.join(", ", parts);
  }
}

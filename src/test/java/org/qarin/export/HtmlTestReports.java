package org.qarin.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Severity;
import org.qarin.model.Span;
import org.qarin.model.Summary;
import org.qarin.model.WordGaps;

/** Reports for the HTML exporter's tests, besides {@link SampleReports}. */
final class HtmlTestReports {
  /** The global the payloads of {@link #payload()} would set if any of them ran. */
  static final String PWNED = "qarinPwned";

  private HtmlTestReports() {}

  /**
   * Markup that would run script if it reached the page as markup, in every place the page shows
   * input: sentence texts, highlighted words, a finding's message, a document name.
   */
  static Report payload() {
    String script = "<script>window." + PWNED + " = 'script';</script>";
    String img = "<img src=x onerror=\"window." + PWNED + " = 'img'\">";
    Document ar =
        doc(script + ".txt", Language.AR, "قال المتحدث " + script + " كلاما.", img + " صورة.");
    Document en =
        doc("en.txt", Language.EN, "The spokesman said " + script + " words.", "An image " + img);
    Span arScript =
        new Span(ar.text().indexOf(script), ar.text().indexOf(script) + script.length());
    Finding f =
        new Finding(
            FindingKind.QUOTE_MISMATCH,
            Severity.WARNING,
            List.of(0),
            List.of(0),
            img + " <svg onload=\"window." + PWNED + " = 'svg'\"></svg>",
            List.of(arScript),
            List.of());
    List<Link> links =
        List.of(
            Link.aligned(List.of(0), List.of(0), 0.8), Link.aligned(List.of(1), List.of(1), 0.7));
    return report(new Alignment(ar, en, links), List.of(f), List.of());
  }

  /**
   * A report with {@code size} source sentences: most aligned 1-1, every tenth dropped and followed
   * by an added one, and a finding on every seventh link.
   */
  static Report big(int size) {
    List<String> arSentences = new ArrayList<>();
    List<String> enSentences = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      arSentences.add("الجملة رقم " + i + " في النص.");
      boolean dropped = i % 10 == 9;
      if (dropped) {
        links.add(new Link(List.of(i), List.of(), LinkKind.DROPPED, 0.9));
        links.add(new Link(List.of(), List.of(enSentences.size()), LinkKind.ADDED, 0.9));
      } else {
        links.add(Link.aligned(List.of(i), List.of(enSentences.size()), 0.8));
      }
      enSentences.add("Sentence number " + i + " of the text.");
    }
    Document ar = doc("big-ar.txt", Language.AR, arSentences.toArray(String[]::new));
    Document en = doc("big-en.txt", Language.EN, enSentences.toArray(String[]::new));
    List<Finding> findings = new ArrayList<>();
    for (int r = 0; r < links.size(); r += 7) {
      Link l = links.get(r);
      findings.add(
          Finding.of(FindingKind.LENGTH_ANOMALY, Severity.INFO, l.source(), l.target(), "length"));
    }
    return report(new Alignment(ar, en, links), findings, List.of());
  }

  /** The same report with source and target exchanged: English original, Arabic translation. */
  static Report swapped(Report r) {
    Alignment a = r.alignment();
    List<Link> links = new ArrayList<>();
    for (Link l : a.links()) {
      LinkKind kind =
          switch (l.kind()) {
            case DROPPED -> LinkKind.ADDED;
            case ADDED -> LinkKind.DROPPED;
            default -> l.kind();
          };
      links.add(new Link(l.target(), l.source(), kind, l.score()));
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      findings.add(
          new Finding(
              f.kind(),
              f.severity(),
              f.target(),
              f.source(),
              f.message(),
              f.targetSpans(),
              f.sourceSpans()));
    }
    List<WordGaps> gaps = new ArrayList<>();
    for (WordGaps g : r.gaps()) {
      gaps.add(new WordGaps(g.link(), g.target(), g.source()));
    }
    return report(new Alignment(a.target(), a.source(), links), findings, gaps);
  }

  /** A finding that names no sentence, so no row can show it. */
  static Report withDocumentFinding() {
    Report r = SampleReports.hostile();
    List<Finding> findings = new ArrayList<>(r.findings());
    findings.add(
        Finding.of(
            FindingKind.LENGTH_ANOMALY,
            Severity.CRITICAL,
            List.of(),
            List.of(),
            "whole <i>text</i> halved"));
    return report(r.alignment(), findings, r.gaps());
  }

  /** The rows (link indices) whose sentences a finding names, computed the slow, obvious way. */
  static TreeSet<Integer> rowsWithFindings(Report r, FindingKind... excluded) {
    TreeSet<Integer> rows = new TreeSet<>();
    List<Link> links = r.alignment().links();
    for (Finding f : r.findings()) {
      if (List.of(excluded).contains(f.kind())) {
        continue;
      }
      for (int i = 0; i < links.size(); i++) {
        Link l = links.get(i);
        if (l.source().stream().anyMatch(f.source()::contains)
            || l.target().stream().anyMatch(f.target()::contains)) {
          rows.add(i);
        }
      }
    }
    return rows;
  }

  /** A document whose sentences are the given texts, one paragraph each. */
  static Document doc(String name, Language lang, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> list = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      text.append(i == 0 ? "" : "\n\n");
      Span span = new Span(text.length(), text.length() + sentences[i].length());
      text.append(sentences[i]);
      list.add(new Sentence(i, i, span, sentences[i]));
    }
    return new Document(name, lang, text.toString(), list);
  }

  private static Report report(Alignment a, List<Finding> findings, List<WordGaps> gaps) {
    double mean =
        a.links().stream().filter(l -> !l.oneSided()).mapToDouble(Link::score).average().orElse(0);
    java.util.Map<FindingKind, Integer> counts = new java.util.EnumMap<>(FindingKind.class);
    findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
    Summary s = new Summary(a.source().size(), a.target().size(), 0.5, 0.5, mean, counts);
    return new Report(a, findings, gaps, s);
  }
}

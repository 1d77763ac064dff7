package org.qarin.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

/**
 * Reports built from a fuzzer's strings, for the exporter fuzz tests: strings at even positions are
 * source sentences, at odd positions target sentences; the first source and last target sentence
 * also name the documents. Links cycle through every shape the exporters handle (1-1, 2-1, dropped,
 * added, moved), findings quote the texts as messages and mark half of each sentence, and one
 * finding concerns no sentence.
 */
final class FuzzReports {
  private FuzzReports() {}

  static Report of(List<String> strings) {
    List<String> source = new ArrayList<>();
    List<String> target = new ArrayList<>();
    for (int k = 0; k < strings.size(); k++) {
      (k % 2 == 0 ? source : target).add(strings.get(k));
    }
    if (target.isEmpty()) {
      target.add(source.get(0));
    }
    Document s = document(source.get(0), Language.AR, source);
    Document t = document(target.get(target.size() - 1), Language.EN, target);
    Alignment alignment = new Alignment(s, t, links(s.size(), t.size(), strings));
    List<Finding> findings = findings(alignment);
    List<WordGaps> gaps = List.of(new WordGaps(0, halves(s, first(alignment, true)), List.of()));
    return new Report(alignment, findings, gaps, summary(alignment, findings));
  }

  private static Document document(String name, Language language, List<String> sentences) {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences) {
      text.append(text.length() == 0 ? "" : "\n\n");
      int start = text.length();
      text.append(sentence);
      out.add(new Sentence(out.size(), out.size(), new Span(start, text.length()), sentence));
    }
    return new Document(name, language, text.toString(), out);
  }

  private static List<Link> links(int n, int m, List<String> strings) {
    List<Link> links = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int k = 0; i < n || j < m; k++) {
      double score = (strings.get(k % strings.size()).length() % 101) / 100.0;
      if (i < n && j < m && k % 6 == 5 && i + 1 < n) {
        links.add(Link.aligned(List.of(i, i + 1), List.of(j), score));
        i += 2;
        j++;
      } else if (i < n && (j >= m || k % 6 == 3)) {
        links.add(new Link(List.of(i++), List.of(), LinkKind.DROPPED, score));
      } else if (i >= n || k % 6 == 2) {
        links.add(new Link(List.of(), List.of(j++), LinkKind.ADDED, score));
      } else {
        LinkKind kind = k % 6 == 4 ? LinkKind.MOVED : LinkKind.ALIGNED;
        links.add(new Link(List.of(i++), List.of(j++), kind, score));
      }
    }
    return links;
  }

  private static List<Finding> findings(Alignment a) {
    List<Finding> findings = new ArrayList<>();
    FindingKind[] kinds = FindingKind.values();
    List<Link> links = a.links();
    for (int r = 0; r < links.size(); r++) {
      Link l = links.get(r);
      String message =
          l.target().isEmpty() ? a.source().name() : Links.text(a.target(), l.target());
      findings.add(
          new Finding(
              kinds[r % kinds.length],
              Severity.values()[r % Severity.values().length],
              l.source(),
              l.target(),
              message,
              halves(a.source(), l.source()),
              halves(a.target(), l.target())));
    }
    findings.add(
        Finding.of(
            FindingKind.BOILERPLATE, Severity.INFO, List.of(), List.of(), a.target().name()));
    return findings;
  }

  /** The first half of each of the given sentences, as spans. */
  private static List<Span> halves(Document d, List<Integer> sentences) {
    List<Span> spans = new ArrayList<>();
    for (int i : sentences) {
      Sentence s = d.sentence(i);
      spans.add(new Span(s.start(), s.start() + s.text().length() / 2));
    }
    return spans;
  }

  private static List<Integer> first(Alignment a, boolean source) {
    Link l = a.links().get(0);
    return source ? l.source() : l.target();
  }

  private static Summary summary(Alignment a, List<Finding> findings) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
    return new Summary(a.source().size(), a.target().size(), 0.5, 0.5, 0.5, counts);
  }
}

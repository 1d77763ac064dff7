package org.qarin.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Span;
import org.qarin.model.Summary;

/** Small reports built for one check each, beside the shared {@link SampleReports}. */
final class TestReports {
  private TestReports() {}

  /**
   * The report's documents with sentence i of each side aligned to sentence i of the other, so that
   * every sentence reaches the exports that keep only translated pairs.
   */
  static Report allAligned(Report r) {
    Document s = r.alignment().source();
    Document t = r.alignment().target();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < Math.max(s.size(), t.size()); i++) {
      List<Integer> si = i < s.size() ? List.of(i) : List.of();
      List<Integer> ti = i < t.size() ? List.of(i) : List.of();
      LinkKind kind =
          si.isEmpty() ? LinkKind.ADDED : ti.isEmpty() ? LinkKind.DROPPED : LinkKind.ALIGNED;
      links.add(new Link(si, ti, kind, 0.5));
    }
    return new Report(new Alignment(s, t, links), r.findings(), List.of(), r.summary());
  }

  /** Two documents of one sentence per line (kept exactly, white space included), aligned 1-1. */
  static Report lines(List<String> source, List<String> target, List<Finding> findings) {
    return allAligned(
        new Report(
            new Alignment(
                doc("s.txt", Language.AR, source), doc("t.txt", Language.EN, target), List.of()),
            findings,
            List.of(),
            new Summary(source.size(), target.size(), 1, 1, 0.5, Map.of())));
  }

  private static Document doc(String name, Language lang, List<String> lines) {
    List<Sentence> sentences = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      sentences.add(new Sentence(i, i, new Span(at, at + line.length()), line));
      at += line.length() + 1;
    }
    return new Document(name, lang, String.join("\n", lines), sentences);
  }
}

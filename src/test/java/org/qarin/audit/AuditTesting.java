package org.qarin.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Span;

/** Hand-made documents and alignments for the audit's tests, independent of the aligner. */
final class AuditTesting {
  private AuditTesting() {}

  /** A document whose sentences are the given texts, each its own paragraph (one per line). */
  static Document doc(Language language, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> list = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(s);
      list.add(new Sentence(list.size(), list.size(), new Span(start, text.length()), s));
    }
    return new Document(language.code() + ".txt", language, text.toString(), list);
  }

  /** One Arabic source sentence aligned with one English translation sentence. */
  static Alignment pair(String arabic, String english) {
    return new Alignment(
        doc(Language.AR, arabic),
        doc(Language.EN, english),
        List.of(Link.aligned(List.of(0), List.of(0), 0.9)));
  }

  /** Audits with the bundled lexicon. */
  static Report audit(Alignment a) {
    return new Auditor(Lexicon.bundled()).audit(a);
  }

  /** The findings of the given kinds (all findings when none are given), in report order. */
  static List<Finding> findings(Report r, FindingKind... kinds) {
    List<FindingKind> wanted = Arrays.asList(kinds);
    return r.findings().stream()
        .filter(f -> wanted.isEmpty() || wanted.contains(f.kind()))
        .toList();
  }

  /** Audits one pair and returns its findings of the given kinds. */
  static List<Finding> check(String arabic, String english, FindingKind... kinds) {
    return findings(audit(pair(arabic, english)), kinds);
  }

  /** The texts a finding's source (or target) spans cover. */
  static List<String> spanTexts(Report r, Finding f, boolean source) {
    Document d = source ? r.alignment().source() : r.alignment().target();
    return (source ? f.sourceSpans() : f.targetSpans())
        .stream().map(s -> d.text().substring(s.start(), s.end())).toList();
  }
}

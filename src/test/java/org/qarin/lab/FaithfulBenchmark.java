package org.qarin.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.qarin.Qarin;
import org.qarin.export.AtomicFiles;
import org.qarin.export.OutputFormat;
import org.qarin.lexicon.build.Split;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Severity;
import org.qarin.model.Span;
import org.qarin.pipeline.QarinOptions;

/**
 * The false alarms qarin raises on faithful translations: documents of one {@link Split},
 * translated sentence by sentence with nothing dropped, added or changed, audited as running text
 * at the default settings. Every warning or critical finding there is a false alarm, and so is
 * every dropped or added sentence. The figures are those of the reference scorer {@code alarms.py}
 * (which {@link #write} lets one run on the same reports), plus how many of the facts both sides
 * state ({@link SameFacts}) a warning or critical finding touches.
 */
final class FaithfulBenchmark {
  /** One faithful pair as qarin reads it, with the facts both sides state (document offsets). */
  record Pair(String id, String arabic, String english, List<SameFacts.Fact> facts) {}

  /** A pair and its audit. */
  record Audited(Pair pair, Report report) {}

  private FaithfulBenchmark() {}

  /**
   * The split's documents as running text: sentences joined by a space, paragraphs by a blank line.
   */
  static List<Pair> pairs(Path data, Split split) throws IOException {
    SameFacts extractor = SameFacts.load(data);
    List<Pair> out = new ArrayList<>();
    for (ParallelDocuments.Doc d : ParallelDocuments.articles(data, split)) {
      out.add(pair(d, extractor));
    }
    return out;
  }

  private static Pair pair(ParallelDocuments.Doc d, SameFacts extractor) {
    StringBuilder ar = new StringBuilder();
    StringBuilder en = new StringBuilder();
    List<SameFacts.Fact> facts = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      String gap =
          i == 0 ? "" : d.paragraph().get(i).equals(d.paragraph().get(i - 1)) ? " " : "\n\n";
      ar.append(gap);
      en.append(gap);
      int a = ar.length();
      int e = en.length();
      ar.append(d.arabic().get(i));
      en.append(d.english().get(i));
      for (SameFacts.Fact f : extractor.find(d.arabic().get(i), d.english().get(i))) {
        facts.add(
            new SameFacts.Fact(
                f.kind(),
                f.value(),
                a + f.arStart(),
                a + f.arEnd(),
                e + f.enStart(),
                e + f.enEnd()));
      }
    }
    return new Pair(d.name(), ar.append('\n').toString(), en.append('\n').toString(), facts);
  }

  /** Audits every pair, Arabic as the source, with {@code options}; results in pair order. */
  static List<Audited> audit(List<Pair> pairs, QarinOptions options) {
    return pairs.parallelStream()
        .map(
            p ->
                new Audited(
                    p,
                    Qarin.audit(
                        Qarin.text(p.id() + ".ar.txt", p.arabic()),
                        Qarin.text(p.id() + ".en.txt", p.english()),
                        options)))
        .toList();
  }

  /** The figures, as alarms.py computes them. */
  static Figures figures(List<Audited> audited) {
    Figures f = new Figures();
    audited.forEach(f::add);
    return f;
  }

  /**
   * Writes the reports as {@code qarin batch --format json} does (DIR/ID/ID.ar.json) and the facts
   * as {@code DIR.facts.json}, so that {@code alarms.py DIR DIR.facts.json} can check the figures.
   */
  static void write(List<Audited> audited, Path dir) throws IOException {
    StringBuilder facts = new StringBuilder("{");
    for (Audited a : audited) {
      Path folder = dir.resolve(a.pair().id());
      AtomicFiles.createDirectories(folder);
      AtomicFiles.write(
          folder.resolve(a.pair().id() + ".ar.json"),
          w -> OutputFormat.JSON.exporter().write(a.report(), w));
      facts
          .append(facts.length() == 1 ? "\n" : ",\n")
          .append('"')
          .append(a.pair().id())
          .append("\": [");
      facts.append(
          a.pair().facts().stream()
              .map(
                  x ->
                      String.format(
                          Locale.ROOT,
                          "{\"source\": [%d, %d], \"target\": [%d, %d], \"kind\": \"%s\"}",
                          x.arStart(),
                          x.arEnd(),
                          x.enStart(),
                          x.enEnd(),
                          x.kind()))
              .collect(Collectors.joining(", ")));
      facts.append(']');
    }
    String json = facts.append("\n}\n").toString();
    AtomicFiles.write(dir.resolveSibling(dir.getFileName() + ".facts.json"), w -> w.write(json));
  }

  /** The alarms of faithful pairs, counted as alarms.py counts them. */
  static final class Figures {
    int pairs;
    int sourceSentences;
    int targetSentences;
    int links;
    int dropped;
    int added;
    int crossParagraph;
    int facts;
    int factsFlagged;
    int textMismatches;
    final Map<String, Integer> alarms = new TreeMap<>();
    final Map<String, Integer> info = new TreeMap<>();
    final Map<String, int[]> factsByKind = new TreeMap<>();
    final Map<String, Integer> shapes = new TreeMap<>();

    void add(Audited a) {
      Report r = a.report();
      shapes.merge(r.summary().rendering().shape().id(), 1, Integer::sum);
      Document s = r.alignment().source();
      Document t = r.alignment().target();
      pairs++;
      sourceSentences += s.size();
      targetSentences += t.size();
      for (Link l : r.alignment().links()) {
        if (l.oneSided()) {
          dropped += l.source().size();
          added += l.target().size();
        } else {
          links++;
          Set<Integer> ps =
              l.source().stream().map(i -> s.sentence(i).paragraph()).collect(Collectors.toSet());
          Set<Integer> pt =
              l.target().stream().map(j -> t.sentence(j).paragraph()).collect(Collectors.toSet());
          crossParagraph += !ps.equals(pt) || ps.size() > 1 ? 1 : 0;
        }
      }
      List<Finding> loud =
          r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
      loud.forEach(f -> alarms.merge(f.kind().id(), 1, Integer::sum));
      r.findings().stream()
          .filter(f -> f.severity() == Severity.INFO)
          .forEach(f -> info.merge(f.kind().id(), 1, Integer::sum));
      if (!s.text().equals(a.pair().arabic()) || !t.text().equals(a.pair().english())) {
        textMismatches++; // offsets would not hold: the pair's facts are not counted
        return;
      }
      for (SameFacts.Fact fact : a.pair().facts()) {
        boolean flagged =
            loud.stream()
                .anyMatch(
                    f ->
                        overlaps(f.sourceSpans(), fact.arStart(), fact.arEnd())
                            || overlaps(f.targetSpans(), fact.enStart(), fact.enEnd()));
        facts++;
        factsFlagged += flagged ? 1 : 0;
        int[] k = factsByKind.computeIfAbsent(fact.kind(), x -> new int[2]);
        k[0]++;
        k[1] += flagged ? 1 : 0;
      }
    }

    private static boolean overlaps(List<Span> spans, int lo, int hi) {
      return spans.stream().anyMatch(x -> x.start() < hi && lo < x.end());
    }

    double alarmsPer100() {
      return 100.0
          * alarms.values().stream().mapToInt(Integer::intValue).sum()
          / Math.max(links, 1);
    }

    String describe(String scope) {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "{\"scope\": \"%s\", \"pairs\": %d, \"sentences\": [%d, %d], \"links_with_both_sides\": %d,"
                  + " \"dropped_pct\": %.2f, \"added_pct\": %.2f, \"cross_paragraph_pct\": %.2f, \"alarms_per_100\": %.1f,",
              scope,
              pairs,
              sourceSentences,
              targetSentences,
              links,
              100.0 * dropped / Math.max(sourceSentences, 1),
              100.0 * added / Math.max(targetSentences, 1),
              100.0 * crossParagraph / Math.max(links, 1),
              alarmsPer100()));
      sb.append(" \"shapes\": ").append(json(shapes));
      sb.append(", \"alarms_by_kind\": ")
          .append(json(alarms))
          .append(", \"info_by_kind\": ")
          .append(json(info));
      sb.append(
          String.format(
              Locale.ROOT,
              ", \"facts\": %d, \"facts_flagged\": %d, \"facts_flagged_pct\": %.2f",
              facts,
              factsFlagged,
              100.0 * factsFlagged / Math.max(facts, 1)));
      sb.append(", \"facts_by_kind\": {")
          .append(
              factsByKind.entrySet().stream()
                  .map(
                      e ->
                          "\""
                              + e.getKey()
                              + "\": ["
                              + e.getValue()[0]
                              + ", "
                              + e.getValue()[1]
                              + "]")
                  .collect(Collectors.joining(", ")))
          .append('}');
      if (textMismatches > 0) {
        sb.append(", \"pairs_whose_text_qarin_changed\": ").append(textMismatches);
      }
      return sb.append('}').toString();
    }

    private static String json(Map<String, Integer> counts) {
      return counts.entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }
}

package org.qarin.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qarin.Qarin;
import org.qarin.align.LinkFile;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Rendering;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Severity;
import org.qarin.model.Span;
import org.qarin.pipeline.QarinOptions;

/**
 * Compilations built from the edited-translation cases of one split, as The Syrian Observer
 * compiles its articles: an editor's introduction, three or four edited translations under section
 * headings, a related-articles list and a disclaimer. One more case is cut in two halves that two
 * sections, apart, render in part. Each source is audited against its compilation; the gold
 * stretches (a section from its heading to its last sentence), passages (the source sentences the
 * gold links render, first to last) and dropped sentences are known by construction.
 */
final class Compilations {
  /** Sentences per paragraph of the built documents. */
  private static final int PARAGRAPH = 3;

  private Compilations() {}

  /** One edited case: Arabic source lines, English target lines and the gold links. */
  /** An edited case; {@code foreign} holds the sources, from other documents, of its additions. */
  record Edited(
      String name,
      List<String> source,
      List<String> target,
      List<LinkFile.Bead> gold,
      List<String> foreign) {
    static Edited read(Path dir) {
      try {
        return new Edited(
            dir.getFileName().toString(),
            lines(dir.resolve("source")),
            lines(dir.resolve("target")),
            LinkFile.parse(Files.readString(dir.resolve("gold"), StandardCharsets.UTF_8)),
            lines(dir.resolve("foreign")));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static List<String> lines(Path p) throws IOException {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    }
  }

  /** A part of a case's target that one section renders: target lines [from, to) of the case. */
  private record Part(Edited edited, int from, int to) {}

  /** A source and the compilation that renders it, with the gold. */
  record Pair(
      String name,
      Document source,
      Document target,
      List<Rendering.Stretch> stretches,
      Set<Integer> passage,
      Set<Integer> dropped) {}

  /** The pairs built from the case folders under {@code dir}. */
  static List<Pair> build(Path dir, long seed) throws IOException {
    List<Edited> cases;
    try (Stream<Path> s = Files.list(dir)) {
      cases =
          s.filter(p -> Files.isRegularFile(p.resolve("gold"))).sorted().map(Edited::read).toList();
    }
    List<Edited> shuffled = new ArrayList<>(cases);
    Random random = new Random(seed);
    Collections.shuffle(shuffled, random);
    List<Pair> out = new ArrayList<>();
    List<Edited> pool = new ArrayList<>(shuffled);
    int n = 0;
    while (pool.size() >= 5) {
      int k = 3 + random.nextInt(2);
      List<Edited> chosen = apart(pool, k + 1);
      if (chosen.size() < k + 1) {
        break;
      }
      pool.removeAll(chosen);
      out.addAll(compile("c" + n++, chosen.subList(0, k), chosen.get(k), shuffled, random));
    }
    return out;
  }

  /**
   * The first {@code count} cases of {@code pool}, in order, none of which adds the translation of
   * another's source sentence. An edited case adds sentences of other documents' translations:
   * compiled beside the case of such a document, that sentence would render a source sentence
   * outside its section, and the gold would call a right link wrong. Cases passed over stay for
   * later.
   */
  private static List<Edited> apart(List<Edited> pool, int count) {
    List<Edited> chosen = new ArrayList<>();
    Set<String> sources = new HashSet<>();
    Set<String> foreign = new HashSet<>();
    for (Edited e : pool) {
      if (chosen.size() == count) {
        break;
      }
      if (e.foreign().stream().noneMatch(sources::contains)
          && e.source().stream().noneMatch(foreign::contains)) {
        chosen.add(e);
        sources.addAll(e.source());
        foreign.addAll(e.foreign());
      }
    }
    return chosen;
  }

  /** One compilation's pairs: each whole section's source, and the halved case's source. */
  private static List<Pair> compile(
      String name, List<Edited> whole, Edited halved, List<Edited> all, Random random) {
    int cut = halfway(halved);
    List<Part> parts = new ArrayList<>();
    whole.forEach(e -> parts.add(new Part(e, 0, body(e))));
    Part first = new Part(halved, 0, cut);
    Part second = new Part(halved, cut, body(halved));
    // the halves go first and last, so that other sections lie between them
    parts.add(0, first);
    parts.add(second);
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> intro = new ArrayList<>();
    // an introduction from cases outside the compilation that add no translation of its sources
    Set<String> compiled = new HashSet<>(halved.source());
    whole.forEach(e -> compiled.addAll(e.source()));
    while (intro.size() < 2) {
      Edited other = all.get(random.nextInt(all.size()));
      String line = other.target().get(random.nextInt(body(other)));
      if (other != halved
          && !whole.contains(other)
          && other.foreign().stream().noneMatch(compiled::contains)) {
        intro.add(line);
      }
    }
    paragraphs.add(intro);
    Map<Part, Integer> headingAt = new java.util.IdentityHashMap<>();
    Map<Part, Integer> startAt = new java.util.IdentityHashMap<>();
    int sentences = intro.size();
    for (Part p : parts) {
      headingAt.put(p, sentences);
      paragraphs.add(List.of(heading(p)));
      sentences++;
      startAt.put(p, sentences);
      List<String> body = p.edited().target().subList(p.from(), p.to());
      for (int i = 0; i < body.size(); i += PARAGRAPH) {
        paragraphs.add(body.subList(i, Math.min(body.size(), i + PARAGRAPH)));
      }
      sentences += body.size();
    }
    paragraphs.add(List.of("Related articles"));
    for (int i = 0; i < 3; i++) {
      paragraphs.add(List.of(heading(parts.get(random.nextInt(parts.size())))));
    }
    paragraphs.add(
        List.of(
            "This article was translated and edited by The Qarin Observer.",
            "Responsibility for the information and views set out in this article lies entirely with the author."));
    Document target = document(name + ".en", Language.EN, paragraphs);
    List<Pair> out = new ArrayList<>();
    for (Edited e : whole) {
      Part p = parts.stream().filter(x -> x.edited() == e).findFirst().orElseThrow();
      out.add(pair(name + "-" + e.name(), e, target, List.of(p), headingAt, startAt));
    }
    out.add(
        pair(
            name + "-" + halved.name() + "-halves",
            halved,
            target,
            List.of(first, second),
            headingAt,
            startAt));
    return out;
  }

  /**
   * The target lines of a case without the editor's disclaimer that closes it: a compilation has
   * one disclaimer, at its end.
   */
  private static int body(Edited e) {
    String last = e.target().get(e.target().size() - 1);
    return java.util.Arrays.asList(EditedTranslations.DISCLAIMERS).contains(last)
        ? e.target().size() - 1
        : e.target().size();
  }

  /** The target line nearest the middle that no two-sided gold link crosses. */
  private static int halfway(Edited e) {
    int n = e.target().size();
    int best = n / 2;
    for (int d = 0; d < n; d++) {
      for (int c : new int[] {n / 2 - d, n / 2 + d}) {
        if (c > 0
            && c < n
            && e.gold().stream()
                .noneMatch(
                    b ->
                        b.target().stream().anyMatch(j -> j < c)
                            && b.target().stream().anyMatch(j -> j >= c))) {
          return c;
        }
      }
    }
    return best;
  }

  /** A section heading: the first words of its first sentence, without final punctuation. */
  private static String heading(Part p) {
    String first = p.edited().target().get(p.from());
    String[] words = first.split("\\s+");
    String h =
        String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(6, words.length)));
    return h.replaceAll("[\\p{Punct}\\s]+$", "");
  }

  private static Pair pair(
      String name,
      Edited e,
      Document target,
      List<Part> parts,
      Map<Part, Integer> headingAt,
      Map<Part, Integer> startAt) {
    List<String> paragraphsOf = e.source();
    List<List<String>> paragraphs = new ArrayList<>();
    for (int i = 0; i < paragraphsOf.size(); i += PARAGRAPH) {
      paragraphs.add(paragraphsOf.subList(i, Math.min(paragraphsOf.size(), i + PARAGRAPH)));
    }
    Document source = document(name + ".ar", Language.AR, paragraphs);
    List<Rendering.Stretch> stretches = new ArrayList<>();
    Set<Integer> passage = new HashSet<>();
    for (Part p : parts) {
      int start = startAt.get(p);
      stretches.add(new Rendering.Stretch(headingAt.get(p), start + p.to() - p.from() - 1));
      List<Integer> rendered =
          e.gold().stream()
              .filter(b -> b.target().stream().anyMatch(j -> j >= p.from() && j < p.to()))
              .flatMap(b -> b.source().stream())
              .sorted()
              .toList();
      if (!rendered.isEmpty()) {
        for (int i = rendered.get(0); i <= rendered.get(rendered.size() - 1); i++) {
          passage.add(i);
        }
      }
    }
    Set<Integer> dropped =
        e.gold().stream()
            .filter(b -> b.target().isEmpty())
            .flatMap(b -> b.source().stream())
            .filter(passage::contains)
            .collect(Collectors.toSet());
    return new Pair(name, source, target, stretches, passage, dropped);
  }

  /** A document of the given paragraphs, sentences joined by spaces, paragraphs by blank lines. */
  private static Document document(String name, Language language, List<List<String>> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p > 0) {
        text.append("\n\n");
      }
      for (int k = 0; k < paragraphs.get(p).size(); k++) {
        if (k > 0) {
          text.append(' ');
        }
        String s = paragraphs.get(p).get(k).strip();
        int start = text.length();
        text.append(s);
        sentences.add(new Sentence(sentences.size(), p, new Span(start, text.length()), s));
      }
    }
    return new Document(name, language, text.toString(), sentences);
  }

  /** The figures over the pairs. */
  static final class Figures {
    int pairs;
    int exact;
    int withinOne;
    int tp;
    int fp;
    int fn;
    int warningsOutside;
    int sentencesOutside;
    int links;
    final Map<String, Integer> shapes = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    void add(Pair p, Report r) {
      pairs++;
      Rendering found = r.summary().rendering();
      shapes.merge(found.shape().id(), 1, Integer::sum);
      boolean same = found.target().size() == p.stretches().size();
      boolean near = same;
      for (int k = 0; near && k < p.stretches().size(); k++) {
        Rendering.Stretch f = found.target().get(k);
        Rendering.Stretch g = p.stretches().get(k);
        same &= f.from() == g.from() && f.to() == g.to();
        near &= Math.abs(f.from() - g.from()) <= 1 && Math.abs(f.to() - g.to()) <= 1;
      }
      exact += same ? 1 : 0;
      withinOne += near ? 1 : 0;
      if (!same) {
        StringBuilder sb =
            new StringBuilder(
                p.name()
                    + ": gold "
                    + describe(p.stretches())
                    + ", found "
                    + found.shape().id()
                    + " "
                    + describe(found.target()));
        for (Rendering.Stretch f : found.target()) {
          for (int j : new int[] {f.from(), f.to()}) {
            if (p.stretches().stream().noneMatch(g -> g.from() == j || g.to() == j)) {
              sb.append("\n  bound en ")
                  .append(j)
                  .append(" (")
                  .append(p.target().heading(j) ? "heading" : "text")
                  .append("): ")
                  .append(p.target().sentence(j).text());
            }
          }
        }
        for (var l : r.alignment().links()) {
          if (!l.oneSided()
              && l.target().stream()
                  .noneMatch(j -> p.stretches().stream().anyMatch(s -> s.contains(j)))) {
            sb.append("\n  outside ")
                .append(l.format())
                .append(' ')
                .append(l.kind().id())
                .append(' ')
                .append(l.score());
            l.target()
                .forEach(
                    j ->
                        sb.append("\n    en ")
                            .append(j)
                            .append(": ")
                            .append(p.target().sentence(j).text()));
            l.source()
                .forEach(
                    i ->
                        sb.append("\n    ar ")
                            .append(i)
                            .append(": ")
                            .append(p.source().sentence(i).text()));
          }
        }
        misses.add(sb.toString());
      }
      Set<Integer> predicted = new HashSet<>();
      for (Finding f : r.findings()) {
        if (f.severity() == Severity.INFO) {
          continue;
        }
        if (f.kind() == FindingKind.DROPPED) {
          f.source().stream().filter(p.passage()::contains).forEach(predicted::add);
        }
        boolean outside =
            f.source().stream().noneMatch(p.passage()::contains)
                && f.target().stream()
                    .noneMatch(j -> p.stretches().stream().anyMatch(s -> s.contains(j)));
        warningsOutside += outside ? 1 : 0;
      }
      for (int i : predicted) {
        if (p.dropped().contains(i)) {
          tp++;
        } else {
          fp++;
          misses.add(
              p.name()
                  + ": dropped, but rendered: source "
                  + i
                  + ": "
                  + p.source().sentence(i).text());
        }
      }
      for (int i : p.dropped()) {
        if (!predicted.contains(i)) {
          var link =
              r.alignment().links().stream()
                  .filter(l -> l.source().contains(i))
                  .findFirst()
                  .orElseThrow();
          StringBuilder sb =
              new StringBuilder(
                  p.name()
                      + ": dropped source "
                      + i
                      + " not reported; its link "
                      + link.format()
                      + " "
                      + link.kind().id()
                      + " "
                      + link.score());
          r.findings().stream()
              .filter(f -> f.source().contains(i))
              .forEach(
                  f ->
                      sb.append("\n  finding ")
                          .append(f.kind().id())
                          .append(' ')
                          .append(f.severity().id())
                          .append(' ')
                          .append(f.confidence()));
          misses.add(sb.toString());
        }
      }
      fn += (int) p.dropped().stream().filter(i -> !predicted.contains(i)).count();
      sentencesOutside += p.source().size() - p.passage().size();
      for (int j = 0; j < p.target().size(); j++) {
        final int t = j;
        sentencesOutside += p.stretches().stream().anyMatch(s -> s.contains(t)) ? 0 : 1;
      }
      links += (int) r.alignment().links().stream().filter(l -> !l.oneSided()).count();
    }

    private static String describe(List<Rendering.Stretch> stretches) {
      return stretches.stream()
          .map(s -> s.from() + "–" + s.to())
          .collect(Collectors.joining(", ", "[", "]"));
    }

    String describe(String scope) {
      return String.format(
          Locale.ROOT,
          "{\"scope\": \"%s\", \"pairs\": %d, \"shapes\": %s, \"stretch_exact\": %.4f, \"stretch_within_one\": %.4f,"
              + " \"dropped_in_passage_precision\": %.4f, \"dropped_in_passage_recall\": %.4f, \"dropped_gold\": %d,"
              + " \"warnings_outside\": %d, \"sentences_outside\": %d, \"warnings_per_100_outside\": %.2f,"
              + " \"links_with_both_sides\": %d}",
          scope,
          pairs,
          shapes.entrySet().stream()
              .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
              .collect(Collectors.joining(", ", "{", "}")),
          (double) exact / Math.max(pairs, 1),
          (double) withinOne / Math.max(pairs, 1),
          tp + fp == 0 ? 0 : (double) tp / (tp + fp),
          tp + fn == 0 ? 0 : (double) tp / (tp + fn),
          tp + fn,
          warningsOutside,
          sentencesOutside,
          100.0 * warningsOutside / Math.max(sentencesOutside, 1),
          links);
    }
  }

  /** Aligns and audits one pair. */
  static Report audit(Pair p, QarinOptions options) {
    Alignment a = Qarin.align(p.source(), p.target(), options);
    return Qarin.audit(a, options);
  }
}

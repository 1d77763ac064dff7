package org.qarin.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qarin.model.Document;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/**
 * Shapes the links of a partial rendering: a compilation's section, or an article that took some
 * paragraphs of its source. Such a target renders the source in one stretch, often reordered and
 * merged, so competitive linking finds its strongest pairs there, and scattered weak pairs
 * elsewhere where other sections merely share a subject. This pass keeps the stretch with the most
 * evidence; outside it, only strong links. Inside it, the sentences left unlinked are linked with
 * each other on less evidence, since the stretch is known to render the passage; a target sentence
 * that renders parts of several source sentences joins their links, which may then hold sentences
 * that are not neighbours ({@code [6, 9]:[22, 23, 25]}): that is how a compilation merges.
 */
final class PartialRendering {
  /** Linked target sentences at most this far apart (and no heading between) form one stretch. */
  static final int GAP = 3;

  /** A link outside the stretch stays when its score reaches this (the aligner's confident bar). */
  static final double KEEP_ELSEWHERE = 0.45;

  /** Two unlinked sentences inside the stretch and the passage are linked from this similarity. */
  static final double ORPHAN_SIMILARITY = 0.2;

  /**
   * An unlinked target sentence joins each link whose sources render at least this share of it, and
   * at least {@link #OF_BEST} of what the best link's sources render: a sentence that sums up
   * several source sentences draws a part from each.
   */
  static final double COVERS = 0.1;

  static final double OF_BEST = 0.5;

  /** Links a stretch needs; fewer say nothing of where the rendering lies. */
  static final int MIN_STRETCH = 2;

  /** Headings and captions share too few words to link on their own. */
  private static final int MIN_TOKENS = 5;

  private PartialRendering() {}

  /** The links with the stretch's shape; {@code target} gives the headings that bound sections. */
  static List<Link> refine(List<Link> links, Evidence evidence, Document target) {
    List<Link> pairs =
        links.stream()
            .filter(l -> !l.oneSided())
            .sorted(Comparator.comparingInt(l -> l.target().get(0)))
            .toList();
    if (pairs.isEmpty()) {
      return links;
    }
    if (pairs.stream().allMatch(l -> l.score() < KEEP_ELSEWHERE)) {
      // nothing is confidently a rendering: sentences that merely share the subject (a summary, a
      // commentary on the same events) are not linked, and no stretch is built on them
      return complete(List.of(), evidence);
    }
    boolean[] heading = headings(target);
    List<Link> main = mainStretch(pairs, heading);
    if (main.size() < MIN_STRETCH) {
      return links; // one pair is no stretch: the later passes decide the rest
    }
    List<Link> kept = new ArrayList<>(main);
    pairs.stream().filter(l -> !main.contains(l) && l.score() >= KEEP_ELSEWHERE).forEach(kept::add);
    Stretch s = Stretch.of(main, kept, heading, evidence);
    kept.addAll(linkOrphans(s, evidence));
    joinCovered(kept, main, s, heading, evidence);
    return complete(kept, evidence);
  }

  /** The run of links, by target order, with the most evidence; runs break at gaps and headings. */
  private static List<Link> mainStretch(List<Link> pairs, boolean[] heading) {
    List<Link> best = List.of();
    double bestScore = -1;
    List<Link> run = new ArrayList<>();
    double score = 0;
    for (Link l : pairs) {
      if (!run.isEmpty()
          && breaks(run.get(run.size() - 1).target().get(0), l.target().get(0), heading)) {
        if (score > bestScore) {
          best = List.copyOf(run);
          bestScore = score;
        }
        run.clear();
        score = 0;
      }
      run.add(l);
      score += l.score();
    }
    return score > bestScore ? List.copyOf(run) : best;
  }

  private static boolean breaks(int from, int to, boolean[] heading) {
    return to - from > GAP || headingInside(from, to, heading);
  }

  /**
   * Whether a heading stands strictly between sentences {@code a} and {@code b}, in either order.
   */
  private static boolean headingInside(int a, int b, boolean[] heading) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      if (heading[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stretch: the target sentences from the main run's first to its last, and on to the unlinked
   * ones after and before it up to a heading or another link; the passage: the source sentences
   * from the main run's first to its last, and as far again around them. Their unlinked sentences
   * are the orphans.
   */
  private record Stretch(List<Integer> targets, List<Integer> sources) {
    static Stretch of(List<Link> main, List<Link> kept, boolean[] heading, Evidence evidence) {
      Set<Integer> linkedTargets = new HashSet<>();
      Set<Integer> linkedSources = new HashSet<>();
      kept.forEach(
          l -> {
            linkedTargets.addAll(l.target());
            linkedSources.addAll(l.source());
          });
      int first = main.stream().mapToInt(l -> l.target().get(0)).min().orElseThrow();
      int last =
          main.stream().mapToInt(l -> l.target().get(l.target().size() - 1)).max().orElseThrow();
      while (first > 0
          && !heading[first - 1]
          && !linkedTargets.contains(first - 1)
          && last - first < 2 * GAP + main.size()) {
        first--;
      }
      int end = heading.length;
      while (last + 1 < end
          && !heading[last + 1]
          && !linkedTargets.contains(last + 1)
          && last + 1 - first <= 2 * GAP + main.size()) {
        last++;
      }
      List<Integer> targets = new ArrayList<>();
      for (int j = first; j <= last; j++) {
        if (!linkedTargets.contains(j)
            && !heading[j]
            && evidence.tgt.tokens[j].length >= MIN_TOKENS) {
          targets.add(j);
        }
      }
      // the passage reaches as far beyond the main run's sources as the stretch beyond its targets
      int reach = 2 * GAP + main.size();
      int from =
          Math.max(0, main.stream().mapToInt(l -> l.source().get(0)).min().orElseThrow() - reach);
      int to =
          Math.min(
              evidence.src.size() - 1,
              main.stream().mapToInt(l -> l.source().get(l.source().size() - 1)).max().orElseThrow()
                  + reach);
      List<Integer> sources = new ArrayList<>();
      for (int i = from; i <= to; i++) {
        if (!linkedSources.contains(i) && evidence.src.tokens[i].length >= MIN_TOKENS) {
          sources.add(i);
        }
      }
      return new Stretch(targets, sources);
    }
  }

  /** Competitive linking among the orphans, on the stretch's lower bar. */
  private static List<Link> linkOrphans(Stretch s, Evidence evidence) {
    List<Link> out = new ArrayList<>();
    Set<Integer> usedTargets = new HashSet<>();
    for (int i : s.sources()) {
      int j = best(i, s.targets(), evidence, true);
      if (j >= 0 && !usedTargets.contains(j) && best(j, s.sources(), evidence, false) == i) {
        double sim = evidence.similarity(List.of(i), List.of(j));
        if (sim >= ORPHAN_SIMILARITY) {
          out.add(new Link(List.of(i), List.of(j), LinkKind.MOVED, round(sim)));
          usedTargets.add(j);
        }
      }
    }
    return out;
  }

  private static int best(int x, List<Integer> others, Evidence evidence, boolean xIsSource) {
    int arg = -1;
    double top = 0;
    for (int y : others) {
      double sim =
          xIsSource
              ? evidence.similarity(List.of(x), List.of(y))
              : evidence.similarity(List.of(y), List.of(x));
      if (sim > top) {
        top = sim;
        arg = y;
      }
    }
    return arg;
  }

  /**
   * Each orphan target that is still unlinked joins the main run's links whose sources render
   * enough of it ({@link #COVERS}, {@link #OF_BEST}); when it joins several, they become one link.
   */
  private static void joinCovered(
      List<Link> kept, List<Link> main, Stretch s, boolean[] heading, Evidence evidence) {
    Set<Integer> linked = new HashSet<>();
    kept.forEach(l -> linked.addAll(l.target()));
    for (int j : s.targets()) {
      if (linked.contains(j)) {
        continue;
      }
      // the main run's links, as earlier joins merged them
      // a heading between the sentence and a link's targets: they lie in different sections
      List<Link> near =
          kept.stream()
              .filter(
                  l ->
                      main.stream().anyMatch(m -> l.source().containsAll(m.source()))
                          && !headingBetween(j, l.target(), heading))
              .toList();
      double[] cover =
          near.stream().mapToDouble(l -> evidence.targetCoverage(l.source(), j)).toArray();
      double best = java.util.Arrays.stream(cover).max().orElse(0);
      List<Link> covering = new ArrayList<>();
      for (int k = 0; k < near.size(); k++) {
        if (cover[k] >= COVERS && cover[k] >= OF_BEST * best) {
          covering.add(near.get(k));
        }
      }
      if (!covering.isEmpty()) {
        kept.removeAll(covering);
        kept.add(merge(covering, j, evidence));
        linked.add(j);
      }
    }
  }

  /** Whether a heading stands between sentence {@code j} and the nearest of {@code targets}. */
  static boolean headingBetween(int j, List<Integer> targets, boolean[] heading) {
    int nearest = targets.stream().min(Comparator.comparingInt(t -> Math.abs(t - j))).orElseThrow();
    return headingInside(j, nearest, heading);
  }

  private static Link merge(List<Link> links, int target, Evidence evidence) {
    TreeSet<Integer> sources = new TreeSet<>();
    TreeSet<Integer> targets = new TreeSet<>(List.of(target));
    links.forEach(
        l -> {
          sources.addAll(l.source());
          targets.addAll(l.target());
        });
    List<Integer> s = List.copyOf(sources);
    List<Integer> t = List.copyOf(targets);
    return new Link(s, t, LinkKind.MOVED, round(evidence.similarity(s, t)));
  }

  /**
   * Every source sentence once: the links, and the others dropped; targets as LinkOrder adds them.
   */
  private static List<Link> complete(List<Link> kept, Evidence evidence) {
    Set<Integer> sources = new HashSet<>();
    kept.forEach(l -> sources.addAll(l.source()));
    List<Link> all = new ArrayList<>(kept);
    for (int i = 0; i < evidence.src.size(); i++) {
      if (!sources.contains(i)) {
        all.add(new Link(List.of(i), List.of(), LinkKind.DROPPED, 1.0));
      }
    }
    return LinkOrder.arrange(all, evidence.tgt.size());
  }

  /**
   * More unlinked target sentences than this between two links part two runs of links when looking
   * for strays (so does the start of a section).
   */
  static final int STRAY_GAP = 6;

  /**
   * Strays are taken apart only when at most this share of the target sentences outside the
   * strongest run is linked confidently: a compilation's other sections, not a whole translation's.
   */
  static final double LINKED_ELSEWHERE = 0.3;

  /**
   * A link alone in another section stays from this score: a lone pair of sentences sharing a few
   * words is likelier chance than a second section quoting one sentence of the source (on the dev
   * compilations, the lone links below it were false, at 0.52 and 0.53, and the true one 0.69).
   */
  static final double KEEP_ALONE = 0.6;

  /**
   * Takes apart the runs of weak links that stand alone among a target's other content. A search
   * that assumed a whole translation, given a compilation whose section renders the source, links
   * the source sentences the section left out to sentences of other sections that share a few words
   * with them. Runs of links by target order break where a section starts ({@link
   * Document#sectionBetween}), at a weak link that opens with a heading, and at more than {@link
   * #STRAY_GAP} unlinked sentences. When the target outside the strongest run is mostly not linked
   * confidently (at {@link #KEEP_ELSEWHERE}), every other run none of whose links reaches {@link
   * #KEEP_ELSEWHERE} ({@link #KEEP_ALONE} for a run of one link) becomes dropped and added
   * sentences. A second section that renders another part of the source has links that strong.
   */
  static List<Link> pruneStrays(List<Link> links, Evidence evidence, Document target) {
    boolean[] heading = headings(target);
    links = withoutNextHeadings(links, heading, evidence);
    List<Link> pairs =
        links.stream()
            .filter(l -> !l.oneSided())
            .sorted(Comparator.comparingInt(l -> l.target().get(0)))
            .toList();
    if (pairs.size() < MIN_STRETCH) {
      return links;
    }
    boolean[] linkedAtAll = new boolean[target.size()];
    pairs.forEach(l -> l.target().forEach(j -> linkedAtAll[j] = true));
    List<List<Link>> runs = new ArrayList<>();
    int last = -1;
    for (Link l : pairs) {
      int first = l.target().get(0);
      boolean weakOpening = heading[first] && l.score() < KEEP_ELSEWHERE;
      if (runs.isEmpty()
          || first - last - 1 > STRAY_GAP
          || weakOpening
          || target.sectionBetween(last, first, linkedAtAll)) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(l);
      last = Math.max(last, l.target().get(l.target().size() - 1));
    }
    if (runs.size() < 2) {
      return links;
    }
    List<Link> main =
        runs.stream().max(Comparator.comparingDouble(PartialRendering::weight)).orElseThrow();
    int from = main.get(0).target().get(0);
    int to = main.stream().mapToInt(l -> l.target().get(l.target().size() - 1)).max().orElseThrow();
    // a stray may link much of the other content itself: what counts is what is linked confidently
    boolean[] linked = new boolean[target.size()];
    pairs.stream()
        .filter(l -> l.score() >= KEEP_ELSEWHERE)
        .forEach(l -> l.target().forEach(j -> linked[j] = true));
    int outside = 0;
    int linkedOutside = 0;
    for (int j = 0; j < linked.length; j++) {
      if (j < from || j > to) {
        outside++;
        linkedOutside += linked[j] ? 1 : 0;
      }
    }
    if (linkedOutside > LINKED_ELSEWHERE * outside) {
      return links;
    }
    Set<Link> strays = new HashSet<>();
    runs.stream()
        .filter(
            r ->
                r != main
                    && r.stream()
                        .allMatch(l -> l.score() < (r.size() == 1 ? KEEP_ALONE : KEEP_ELSEWHERE)))
        .forEach(strays::addAll);
    if (strays.isEmpty()) {
      return links;
    }
    List<Link> out = new ArrayList<>();
    for (Link l : links) {
      if (!strays.contains(l)) {
        out.add(l);
      } else {
        l.source().forEach(i -> out.add(new Link(List.of(i), List.of(), LinkKind.DROPPED, 1.0)));
      }
    }
    return LinkOrder.arrange(out, target.size());
  }

  /**
   * The links without the heading that some hold after their first target sentence, and without
   * what follows that heading: it opens the next section (a title line may come next), which the
   * search joined to the link because it repeats a few of its words.
   */
  private static List<Link> withoutNextHeadings(
      List<Link> links, boolean[] heading, Evidence evidence) {
    boolean changed = false;
    List<Link> out = new ArrayList<>(links.size());
    for (Link l : links) {
      int cut = l.oneSided() ? -1 : nextHeading(l.target(), heading);
      if (cut > 0) {
        List<Integer> rest = l.target().subList(0, cut);
        // the heading may have carried the link's evidence: the score keeps the share that is left
        double all = evidence.similarity(l.source(), l.target());
        double kept = all <= 0 ? 1 : Math.min(1, evidence.similarity(l.source(), rest) / all);
        out.add(new Link(l.source(), rest, l.kind(), round(l.score() * kept)));
        changed = true;
      } else {
        out.add(l);
      }
    }
    return changed ? LinkOrder.arrange(out, heading.length) : links;
  }

  /**
   * The position of the first heading among a link's target sentences after the first; -1 if none.
   */
  private static int nextHeading(List<Integer> target, boolean[] heading) {
    if (heading[target.get(0)]) {
      return -1; // a title with its lead: the link renders the heading too
    }
    for (int k = 1; k < target.size(); k++) {
      if (heading[target.get(k)]) {
        return k;
      }
    }
    return -1;
  }

  private static double weight(List<Link> run) {
    return run.stream().mapToDouble(Link::score).sum();
  }

  /** The headings, which bound sections ({@link Document#heading}). */
  static boolean[] headings(Document d) {
    boolean[] out = new boolean[d.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = d.heading(i);
    }
    return out;
  }

  private static double round(double x) {
    return Math.round(1e4 * x) / 1e4;
  }
}

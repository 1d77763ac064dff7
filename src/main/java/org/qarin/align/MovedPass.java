package org.qarin.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/**
 * Finds content the translation moved. The monotone search leaves a moved sentence's source and
 * target unaligned, or pairs them with weak partners near where they stand. This pass takes the
 * unaligned sentences and the weak members of links, aligns them again ignoring where they stand,
 * and keeps the links it finds with strong evidence: their sentences leave their old links.
 */
final class MovedPass {
  private static final double MIN_SCORE = 0.4;
  private static final double MIN_SIMILARITY = 0.3;
  private static final double WEAK = 0.2;
  private static final int ROUNDS = 2;
  private static final long MAX_CANDIDATE_PAIRS = 4_000_000;
  private static final long MAX_CROSSING_PAIRS = 40_000;

  /** Sentences paired across weak links need more in common than the monotone search asks. */
  private static final double CROSSING_SIMILARITY = 0.35;

  private MovedPass() {}

  static List<Link> find(List<Link> links, Evidence evidence) {
    SideFeatures tgt = evidence.tgt;
    List<Link> current = links;
    for (int round = 0; round < ROUNDS; round++) {
      List<Link> next = round(current, evidence);
      if (next == current) {
        break;
      }
      current = next;
    }
    return current == links ? links : LinkOrder.arrange(current, tgt.size());
  }

  private static List<Link> round(List<Link> links, Evidence evidence) {
    SideFeatures src = evidence.src;
    SideFeatures tgt = evidence.tgt;
    BeadSearch search = evidence.search();
    TreeSet<Integer> sources = new TreeSet<>();
    TreeSet<Integer> targets = new TreeSet<>();
    for (Link l : links) {
      if (l.target().isEmpty()) {
        sources.addAll(l.source());
      } else if (l.source().isEmpty()) {
        targets.addAll(l.target());
      } else {
        weakMembers(l, evidence, sources, targets);
      }
    }
    if (sources.isEmpty()
        || targets.isEmpty()
        || (long) sources.size() * targets.size() > MAX_CANDIDATE_PAIRS) {
      return links;
    }
    List<Integer> s = new ArrayList<>(sources);
    List<Integer> t = new ArrayList<>(targets);
    List<Link> found = new ArrayList<>();
    double skip = search.skipForSimilarity(MIN_SIMILARITY);
    // 1-1 only: a wider bead here would join sentences that are not neighbours in the documents
    for (Link l : search.links(src.subset(s), tgt.subset(t), 1, skip)) {
      if (!l.oneSided() && l.score() >= MIN_SCORE) {
        Link m =
            new Link(
                l.source().stream().map(s::get).toList(),
                l.target().stream().map(t::get).toList(),
                LinkKind.MOVED,
                l.score());
        if (contiguous(m.source()) && contiguous(m.target()) && isNew(m, links)) {
          found.add(m);
        }
      }
    }
    found.addAll(crossingPairs(links, found, evidence, skip));
    return found.isEmpty() ? links : replace(links, found);
  }

  /**
   * The one-sided sentences that are each other's best counterpart among the one-sided sentences
   * left, wherever they stand. The search above is monotone over its candidates: a sentence moved
   * past weak links it keeps would cross them, and the search keeps the weak links.
   */
  private static List<Link> crossingPairs(
      List<Link> links, List<Link> found, Evidence evidence, double skip) {
    Set<Integer> taken = new HashSet<>();
    Set<Integer> takenTargets = new HashSet<>();
    found.forEach(
        f -> {
          taken.addAll(f.source());
          takenTargets.addAll(f.target());
        });
    List<Integer> s = new ArrayList<>();
    List<Integer> t = new ArrayList<>();
    for (Link l : links) {
      if (l.target().isEmpty()) {
        l.source().stream().filter(i -> !taken.contains(i)).forEach(s::add);
      } else if (l.source().isEmpty()) {
        l.target().stream().filter(j -> !takenTargets.contains(j)).forEach(t::add);
      }
    }
    if (s.isEmpty() || t.isEmpty() || (long) s.size() * t.size() > MAX_CROSSING_PAIRS) {
      return List.of();
    }
    double[][] sim = new double[s.size()][t.size()];
    for (int a = 0; a < s.size(); a++) {
      for (int b = 0; b < t.size(); b++) {
        sim[a][b] = evidence.similarity(List.of(s.get(a)), List.of(t.get(b)));
      }
    }
    List<Link> out = new ArrayList<>();
    BeadSearch search = evidence.search();
    for (int a = 0; a < s.size(); a++) {
      int b = argmax(sim[a]);
      if (sim[a][b] < CROSSING_SIMILARITY || !bestOfColumn(sim, a, b)) {
        continue;
      }
      List<Integer> one = List.of(s.get(a));
      List<Integer> other = List.of(t.get(b));
      for (Link l : search.links(evidence.src.subset(one), evidence.tgt.subset(other), 1, skip)) {
        if (!l.oneSided() && l.score() >= MIN_SCORE) {
          out.add(new Link(one, other, LinkKind.MOVED, l.score()));
        }
      }
    }
    return out;
  }

  private static int argmax(double[] xs) {
    int best = 0;
    for (int k = 1; k < xs.length; k++) {
      best = xs[k] > xs[best] ? k : best;
    }
    return best;
  }

  private static boolean bestOfColumn(double[][] sim, int row, int column) {
    for (int a = 0; a < sim.length; a++) {
      if (a != row && sim[a][column] >= sim[row][column]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Members of a two-sided link that the other side hardly renders; a 1-1 link is weak as a whole
   * when its score is low.
   */
  private static void weakMembers(
      Link l, Evidence evidence, Set<Integer> sources, Set<Integer> targets) {
    if (l.source().size() == 1 && l.target().size() == 1) {
      if (l.score() < MIN_SCORE) {
        sources.addAll(l.source());
        targets.addAll(l.target());
      }
      return;
    }
    for (int i : l.source()) {
      if (evidence.similarity(List.of(i), l.target()) < WEAK) {
        sources.add(i);
      }
    }
    for (int j : l.target()) {
      if (evidence.similarity(l.source(), List.of(j)) < WEAK) {
        targets.add(j);
      }
    }
  }

  private static boolean isNew(Link m, List<Link> links) {
    for (Link l : links) {
      if (l.source().containsAll(m.source()) && l.target().containsAll(m.target())) {
        return false;
      }
    }
    return true;
  }

  /** The links with the found ones added and their sentences taken out of the old links. */
  private static List<Link> replace(List<Link> links, List<Link> found) {
    Set<Integer> s = new HashSet<>();
    Set<Integer> t = new HashSet<>();
    found.forEach(
        f -> {
          s.addAll(f.source());
          t.addAll(f.target());
        });
    List<Link> out = new ArrayList<>(found);
    for (Link l : links) {
      List<Integer> ls = l.source().stream().filter(i -> !s.contains(i)).toList();
      List<Integer> lt = l.target().stream().filter(j -> !t.contains(j)).toList();
      if (ls.isEmpty() && lt.isEmpty()) {
        continue;
      }
      if (ls.isEmpty()) {
        lt.forEach(j -> out.add(new Link(List.of(), List.of(j), LinkKind.ADDED, 1.0)));
      } else if (lt.isEmpty()) {
        ls.forEach(i -> out.add(new Link(List.of(i), List.of(), LinkKind.DROPPED, 1.0)));
      } else {
        out.add(new Link(ls, lt, l.kind(), l.score()));
      }
    }
    return out;
  }

  private static boolean contiguous(List<Integer> xs) {
    return xs.get(xs.size() - 1) - xs.get(0) == xs.size() - 1;
  }
}

package org.qarin.align.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qarin.align.LinkFile.Bead;

/**
 * Alignment scores as vecalign defines them (Thompson and Koehn 2019), and as its reference scorer
 * computes them: strict and lax precision over the test links, recall over the gold links with both
 * sides (insertions and deletions do not count for recall), and precision/recall/F1 of the dropped
 * source and added target sentences. Counts add up over cases.
 */
public final class AlignmentScores {
  private final long[] precision = new long[4]; // strict tp, fp, lax tp, fp
  private final long[] recall = new long[4];
  private final long[] dropped = new long[3]; // tp, fp, fn
  private final long[] added = new long[3];
  private int cases;

  /**
   * Adds one case. With sentence counts, the gold is first completed with explicit empty links for
   * sentences it names nowhere (as the reference scorer does when given the texts); pass -1 without
   * them.
   */
  public void add(List<Bead> gold, List<Bead> test, int sourceCount, int targetCount) {
    List<Bead> g =
        sourceCount >= 0 && targetCount >= 0 ? complete(gold, sourceCount, targetCount) : gold;
    addCounts(precision, counts(g, test));
    addCounts(recall, counts(bothSided(test), bothSided(g)));
    Set<Integer> gs = new HashSet<>();
    Set<Integer> gt = new HashSet<>();
    Set<Integer> ts = new HashSet<>();
    Set<Integer> tt = new HashSet<>();
    covered(g, gs, gt);
    covered(test, ts, tt);
    int n = sourceCount >= 0 ? sourceCount : maxPlusOne(gs, ts);
    int m = targetCount >= 0 ? targetCount : maxPlusOne(gt, tt);
    detection(dropped, n, gs, ts);
    detection(added, m, gt, tt);
    cases++;
  }

  /** The figures, rounded to 4 decimals, in the reference scorer's key order. */
  public Map<String, Double> figures() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    double ps = ratio(precision[0], precision[1]);
    double pl = ratio(precision[2], precision[3]);
    double rs = ratio(recall[0], recall[1]);
    double rl = ratio(recall[2], recall[3]);
    out.put("precision_strict", round(ps));
    out.put("recall_strict", round(rs));
    out.put("f1_strict", round(f1(ps, rs)));
    out.put("precision_lax", round(pl));
    out.put("recall_lax", round(rl));
    out.put("f1_lax", round(f1(pl, rl)));
    putDetection(out, "dropped", dropped);
    putDetection(out, "added", added);
    return out;
  }

  public int cases() {
    return cases;
  }

  private static void putDetection(Map<String, Double> out, String name, long[] c) {
    double p = ratio(c[0], c[1]);
    double r = ratio(c[0], c[2]);
    out.put(name + "_p", round(p));
    out.put(name + "_r", round(r));
    out.put(name + "_f1", round(f1(p, r)));
  }

  /** tp and fn, strict and lax, of {@code test} against {@code gold} (vecalign's _precision). */
  private static long[] counts(List<Bead> gold, List<Bead> test) {
    Set<Bead> goldSet = new HashSet<>(gold);
    Map<Integer, Bead> goldSrc = new HashMap<>();
    for (Bead l : gold) {
      for (int i : l.source()) {
        goldSrc.put(i, l); // later links win, as in the reference scorer
      }
    }
    long[] c = new long[4];
    for (Bead l : test) {
      boolean strict = goldSet.contains(l);
      c[strict ? 0 : 1]++;
      boolean lax = !l.source().isEmpty() && !l.target().isEmpty() ? laxHit(l, goldSrc) : strict;
      c[lax ? 2 : 3]++;
    }
    return c;
  }

  private static boolean laxHit(Bead l, Map<Integer, Bead> goldSrc) {
    for (int i : l.source()) {
      Bead g = goldSrc.get(i);
      if (g != null && !g.target().isEmpty()) {
        for (int j : l.target()) {
          if (g.target().contains(j)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<Bead> complete(List<Bead> gold, int n, int m) {
    Set<Integer> src = new HashSet<>();
    Set<Integer> tgt = new HashSet<>();
    for (Bead b : gold) {
      src.addAll(b.source());
      tgt.addAll(b.target());
    }
    List<Bead> out = new ArrayList<>(gold);
    for (int i = 0; i < n; i++) {
      if (!src.contains(i)) {
        out.add(new Bead(List.of(i), List.of()));
      }
    }
    for (int j = 0; j < m; j++) {
      if (!tgt.contains(j)) {
        out.add(new Bead(List.of(), List.of(j)));
      }
    }
    return out;
  }

  private static List<Bead> bothSided(List<Bead> links) {
    return links.stream().filter(b -> !b.source().isEmpty() && !b.target().isEmpty()).toList();
  }

  private static void covered(List<Bead> links, Set<Integer> src, Set<Integer> tgt) {
    for (Bead b : links) {
      if (!b.source().isEmpty() && !b.target().isEmpty()) {
        src.addAll(b.source());
        tgt.addAll(b.target());
      }
    }
  }

  private static int maxPlusOne(Set<Integer> a, Set<Integer> b) {
    int max = -1;
    for (int x : a) {
      max = Math.max(max, x);
    }
    for (int x : b) {
      max = Math.max(max, x);
    }
    return max + 1;
  }

  private static void detection(
      long[] c, int count, Set<Integer> goldCovered, Set<Integer> testCovered) {
    for (int k = 0; k < count; k++) {
      boolean g = !goldCovered.contains(k);
      boolean t = !testCovered.contains(k);
      if (g && t) {
        c[0]++;
      } else if (t) {
        c[1]++;
      } else if (g) {
        c[2]++;
      }
    }
  }

  private static void addCounts(long[] into, long[] c) {
    for (int k = 0; k < c.length; k++) {
      into[k] += c[k];
    }
  }

  private static double ratio(long tp, long other) {
    return tp + other == 0 ? 1.0 : (double) tp / (tp + other);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Rounds the exact binary value half-even, as Python's round(x, 4) does. */
  private static double round(double x) {
    return new java.math.BigDecimal(x).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }
}

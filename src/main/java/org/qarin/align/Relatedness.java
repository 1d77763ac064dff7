package org.qarin.align;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/**
 * Tells a translation from a partial rendering. The first search assumes the target translates the
 * source, and prices leaving a sentence out accordingly. When its 1-1 links are no more similar
 * than random sentence pairs of the same documents (an article that quotes a small part of a
 * statement, a compilation of several sources), that assumption was wrong: the pair is searched
 * again, linking only sentences whose similarity stands out from what random pairs reach.
 */
final class Relatedness {
  /** Links of a translation are typically over twice as similar as the 90th random percentile. */
  private static final double RELATED = 1.5;

  /** In a partial rendering, a link needs this multiple of the 95th random percentile. */
  private static final double STANDS_OUT = 1.2;

  private static final double MIN_THRESHOLD = 0.2;
  private static final int SAMPLE = 300;

  /** A partial rendering's link must be this many times as similar as its runners-up. */
  private static final double MIN_MARGIN = 1.5;

  /** Headings and captions share too few words to link on their own in a partial rendering. */
  private static final int MIN_TOKENS = 5;

  /**
   * A link this many sentences wide on one side is a bridge when many are (see {@link #bridged}).
   */
  private static final int WIDE = 4;

  /** A wide link is weak below this share of the median 1-1 link's similarity. */
  private static final double WEAK_BRIDGE = 0.3;

  /**
   * The share of the target in wide, weak links above which the search bridged a partial rendering.
   */
  private static final double BRIDGED_SHARE = 0.25;

  private Relatedness() {}

  /** The similarity a link must reach when the pair is a partial rendering; empty otherwise. */
  static OptionalDouble partialThreshold(List<Link> links, Evidence evidence) {
    SideFeatures src = evidence.src;
    SideFeatures tgt = evidence.tgt;
    List<Double> linked = new ArrayList<>();
    for (Link l : links) {
      if (l.source().size() == 1 && l.target().size() == 1) {
        linked.add(evidence.similarity(l.source(), l.target()));
      }
    }
    if (src.size() < 3 || tgt.size() < 3) {
      return OptionalDouble.empty();
    }
    double[] random = randomSimilarities(evidence);
    double p90 = random[(int) (random.length * 0.9)];
    double p95 = random[(int) (random.length * 0.95)];
    double median =
        linked.isEmpty()
            ? 0
            : linked.stream()
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray()[linked.size() / 2];
    if (median >= RELATED * p90 && !bridged(links, evidence, median)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.max(MIN_THRESHOLD, STANDS_OUT * p95));
  }

  /**
   * Whether the search bridged what it could not link with wide, weak links: when the target holds
   * much more than the source renders (a compilation whose sections render two passages far apart),
   * a search that assumes a translation may spread the source over all of it, one sentence against
   * six or nine that share almost no words with it, rather than leave most of the target unlinked.
   * A free translation (literature) has wide links too, but as similar as its others.
   */
  static boolean bridged(List<Link> links, Evidence evidence, double median) {
    int inWide = 0;
    for (Link l : links) {
      boolean wide = !l.oneSided() && (l.source().size() >= WIDE || l.target().size() >= WIDE);
      if (wide && evidence.similarity(l.source(), l.target()) < WEAK_BRIDGE * median) {
        inWide += l.target().size();
      }
    }
    return inWide >= BRIDGED_SHARE * evidence.tgt.size();
  }

  /**
   * The links of a partial rendering, by competitive linking (Melamed 2000, "Models of
   * Translational Equivalence among Words"): a source and a target sentence are linked when each is
   * the other's most similar sentence and their similarity stands out from random pairs. Links in
   * document order are aligned, the others moved; everything else is unmatched.
   */
  static List<Link> competitiveLinks(PairScores scores, double threshold) {
    SideFeatures src = scores.source;
    SideFeatures tgt = scores.target;
    Window window = scores.window;
    int n = src.size();
    int m = tgt.size();
    double[][] sim = new double[n][];
    Accumulator acc = new Accumulator(scores);
    for (int i = 0; i < n; i++) {
      sim[i] = new double[window.width(i)];
      for (int j = window.lo[i]; j < window.hi[i]; j++) {
        acc.resetSource(i, i + 1).addTarget(j);
        sim[i][j - window.lo[i]] = acc.similarity();
      }
    }
    Neighbours rows = Neighbours.ofRows(sim, window, m);
    Neighbours cols = Neighbours.ofColumns(sim, window, m);
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int j = rows.best[i];
      double s = j < 0 ? 0 : sim[i][j - window.lo[i]];
      double margin =
          j < 0 ? 0 : s / Math.max(1e-9, (rows.neighbourMean[i] + cols.neighbourMean[j]) / 2);
      boolean linked =
          j >= 0
              && cols.best[j] == i
              && s >= threshold
              && margin >= MIN_MARGIN
              && src.tokens[i].length >= MIN_TOKENS
              && tgt.tokens[j].length >= MIN_TOKENS;
      links.add(
          linked
              ? new Link(List.of(i), List.of(j), LinkKind.MOVED, Math.round(1e4 * s) / 1e4)
              : new Link(List.of(i), List.of(), LinkKind.DROPPED, 1.0));
    }
    return LinkOrder.arrange(inOrder(links), m);
  }

  /**
   * Per row (or column) of the similarity matrix: the most similar sentence, and the mean
   * similarity of the next best ones, against which a link's margin is measured (as margin-based
   * bitext mining does, Artetxe and Schwenk 2019).
   */
  private record Neighbours(int[] best, double[] neighbourMean) {
    static Neighbours ofRows(double[][] sim, Window w, int m) {
      int n = sim.length;
      int[] best = new int[n];
      double[] mean = new double[n];
      for (int i = 0; i < n; i++) {
        double[] row = sim[i];
        best[i] = -1;
        double top = 0;
        for (int x = 0; x < row.length; x++) {
          if (row[x] > top) {
            top = row[x];
            best[i] = w.lo[i] + x;
          }
        }
        mean[i] = meanOfNext(row.clone());
      }
      return new Neighbours(best, mean);
    }

    static Neighbours ofColumns(double[][] sim, Window w, int m) {
      List<List<Double>> cols = new ArrayList<>();
      int[] best = new int[m];
      double[] top = new double[m];
      java.util.Arrays.fill(best, -1);
      for (int j = 0; j < m; j++) {
        cols.add(new ArrayList<>());
      }
      for (int i = 0; i < sim.length; i++) {
        for (int x = 0; x < sim[i].length; x++) {
          int j = w.lo[i] + x;
          cols.get(j).add(sim[i][x]);
          if (sim[i][x] > top[j]) {
            top[j] = sim[i][x];
            best[j] = i;
          }
        }
      }
      double[] mean = new double[m];
      for (int j = 0; j < m; j++) {
        mean[j] = meanOfNext(cols.get(j).stream().mapToDouble(Double::doubleValue).toArray());
      }
      return new Neighbours(best, mean);
    }

    /** The mean of the 2nd to 5th highest values (the best one is the candidate itself). */
    private static double meanOfNext(double[] values) {
      java.util.Arrays.sort(values);
      double sum = 0;
      int count = 0;
      for (int k = values.length - 2; k >= Math.max(0, values.length - 5); k--) {
        sum += values[k];
        count++;
      }
      return count == 0 ? 0 : sum / count;
    }
  }

  /**
   * Marks as aligned the largest set of links whose targets increase with their sources (the ones
   * that stay in place); the others stay moved.
   */
  private static List<Link> inOrder(List<Link> links) {
    List<Integer> idx = new ArrayList<>();
    for (int k = 0; k < links.size(); k++) {
      if (!links.get(k).target().isEmpty()) {
        idx.add(k);
      }
    }
    int[] len = new int[idx.size()];
    int[] prev = new int[idx.size()];
    int end = -1;
    for (int a = 0; a < idx.size(); a++) {
      len[a] = 1;
      prev[a] = -1;
      for (int b = 0; b < a; b++) {
        if (target(links, idx.get(b)) < target(links, idx.get(a)) && len[b] + 1 > len[a]) {
          len[a] = len[b] + 1;
          prev[a] = b;
        }
      }
      end = end < 0 || len[a] > len[end] ? a : end;
    }
    List<Link> out = new ArrayList<>(links);
    for (int a = end; a >= 0; a = prev[a]) {
      Link l = links.get(idx.get(a));
      out.set(idx.get(a), new Link(l.source(), l.target(), LinkKind.ALIGNED, l.score()));
    }
    return out;
  }

  private static int target(List<Link> links, int k) {
    return links.get(k).target().get(0);
  }

  /** Similarities of random sentence pairs, sorted; the seed is fixed so results repeat. */
  private static double[] randomSimilarities(Evidence evidence) {
    SideFeatures src = evidence.src;
    SideFeatures tgt = evidence.tgt;
    Random r = new Random(src.size() * 31L + tgt.size());
    double[] sims = new double[SAMPLE];
    for (int k = 0; k < SAMPLE; k++) {
      sims[k] = evidence.similarity(List.of(r.nextInt(src.size())), List.of(r.nextInt(tgt.size())));
    }
    java.util.Arrays.sort(sims);
    return sims;
  }
}

package org.qarin.match;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.qarin.align.LexicalAligner;
import org.qarin.match.PairScorer.Evidence;
import org.qarin.model.Document;

/**
 * Finds, for each source document, the target documents that render it in whole or in part.
 *
 * <p>Candidates come from two in-memory BM25 indexes: each source asks the index of targets for the
 * translations of its terms, and each target asks the index of sources, so that a target compiling
 * several sources, or rendering a small part of a long one, is found from its side too. Every
 * candidate pair is then aligned with qarin's aligner and scored ({@link PairScorer}). Documents
 * pair only with documents in the other language, so either direction works.
 *
 * <p>Instances are immutable and thread-safe. Results do not depend on the number of threads:
 * documents are processed in name order and ties are broken by name.
 */
public final class DocumentMatcher {
  /**
   * Hits scoring less than this share of their query's best are not aligned. Counterparts scored at
   * least half of the best on the collections of {@code qarin bench match-data}; aligning is what
   * costs, and most weak hits are other documents on the same subject.
   */
  static final double CANDIDATE_RATIO = 0.4;

  /**
   * Candidates aligned per document and side, the best by index shares. Aligning is what costs; the
   * counterpart had the best shares of its source's candidates in 661 of 668 cases on the
   * collections of {@code qarin bench match-data}, and the second best in 6.
   */
  static final int SHORTLIST = 3;

  private final MatchOptions options;
  private final PairScorer scorer;

  /** Told how many candidate pairs are scored; called from worker threads. */
  @FunctionalInterface
  public interface Progress {
    /** {@code done} of {@code total} candidate pairs are scored. */
    void scored(int done, int total);
  }

  public DocumentMatcher(MatchOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.scorer =
        new PairScorer(new PairAligner(options.qarin().lexicon(), options.qarin().align()));
  }

  /** Matches the sources against the targets. */
  public MatchResult match(List<Document> sources, List<Document> targets) {
    return match(sources, targets, (done, total) -> {});
  }

  /** Matches the sources against the targets, telling {@code progress} how far it got. */
  public MatchResult match(List<Document> sources, List<Document> targets, Progress progress) {
    return match(sources, targets, localWeigher(progress));
  }

  /**
   * A candidate pair worth aligning: the positions of its documents in the name-sorted source and
   * target lists, and its index shares.
   */
  public record Candidate(int source, int target, double shares) implements Serializable {}

  /**
   * Aligns the candidate pairs and weighs their evidence, one {@link Evidence} per candidate in
   * order. Aligning is nearly all of matching's work: this is where it can be spread, over local
   * threads or (the Spark job) a cluster; anything that calls {@link #weigh} for each candidate
   * gives the same result.
   */
  @FunctionalInterface
  public interface Weigher {
    List<Evidence> weigh(
        List<Document> sources, List<Document> targets, List<Candidate> candidates);
  }

  /** Matches the sources against the targets, the candidates weighed by {@code weigher}. */
  public MatchResult match(List<Document> sources, List<Document> targets, Weigher weigher) {
    List<Document> src = byName(sources);
    List<Document> tgt = byName(targets);
    List<Candidate> chosen = candidates(src, tgt);
    List<Evidence> weighed = weigher.weigh(src, tgt, chosen);
    List<Pair> pairs = chosen.stream().map(c -> new Pair(c.source(), c.target())).toList();
    return report(src, pairs, judge(pairs, weighed, src.size(), tgt.size()));
  }

  /** The candidate pairs worth aligning, from the two indexes, in candidate order. */
  private List<Candidate> candidates(List<Document> src, List<Document> tgt) {
    MatchTerms terms = new MatchTerms(options.qarin().lexicon());
    try (Parallel parallel = new Parallel(options.threads())) {
      DocumentIndex targetIndex =
          DocumentIndex.build(tgt, parallel.map(tgt, terms::indexTerms), terms);
      DocumentIndex sourceIndex =
          DocumentIndex.build(src, parallel.map(src, terms::indexTerms), terms);
      Run run =
          new Run(
              src,
              tgt,
              parallel.map(src, targetIndex::query),
              parallel.map(tgt, sourceIndex::query),
              targetIndex,
              sourceIndex);
      Candidates found = run.candidates(parallel, options.candidates());
      List<Pair> candidates = found.pairs();
      double[] shares = run.shares(parallel, candidates);
      List<Candidate> chosen = new ArrayList<>();
      for (int k : shortlist(candidates, shares, found.topBothWays())) {
        chosen.add(new Candidate(candidates.get(k).source, candidates.get(k).target, shares[k]));
      }
      return chosen;
    }
  }

  /** Weighs on this machine's threads, each document analysed for the aligner once. */
  private Weigher localWeigher(Progress progress) {
    return (src, tgt, chosen) -> {
      try (Parallel parallel = new Parallel(options.threads())) {
        List<LexicalAligner.Prepared> srcPrepared = parallel.map(src, LexicalAligner::prepare);
        List<LexicalAligner.Prepared> tgtPrepared = parallel.map(tgt, LexicalAligner::prepare);
        AtomicInteger done = new AtomicInteger();
        return parallel.map(
            chosen,
            c -> {
              Evidence e =
                  weigh(srcPrepared.get(c.source()), tgtPrepared.get(c.target()), c.shares());
              progress.scored(done.incrementAndGet(), chosen.size());
              return e;
            });
      }
    };
  }

  /**
   * Aligns one candidate pair, its documents analysed by {@link LexicalAligner#prepare}, and weighs
   * the evidence that the target renders the source. Thread-safe.
   */
  public Evidence weigh(
      LexicalAligner.Prepared source, LexicalAligner.Prepared target, double shares) {
    return scorer.score(source, target, shares);
  }

  /**
   * The candidates worth aligning, in candidate order: those among the {@link #SHORTLIST} best by
   * index shares for their source, or for their target, and those whose documents' queries rank
   * each other first. The second keeps every source of a target that compiles several, and every
   * target of a source that several render in part. The third keeps long counterparts: a long
   * document holds most terms of a short one's query, so its shares add up higher against short
   * documents on its subject than against its own translation, which BM25 still ranks first both
   * ways. (Keeping a query's best hit when the other way disagrees finds no more counterparts on
   * the collections of {@code qarin bench match-data} and gives sources without one false matches.)
   *
   * @param topBothWays per pair, whether each document's query ranks the other first
   */
  static List<Integer> shortlist(List<Pair> pairs, double[] shares, boolean[] topBothWays) {
    boolean[] keep = topBothWays.clone();
    markBest(pairs, shares, Pair::source, keep);
    markBest(pairs, shares, Pair::target, keep);
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < keep.length; k++) {
      if (keep[k]) {
        out.add(k);
      }
    }
    return out;
  }

  /** Marks, per document on one side, its best pairs by share; ties go to the earlier pair. */
  private static void markBest(
      List<Pair> pairs, double[] shares, ToIntFunction<Pair> side, boolean[] keep) {
    Map<Integer, List<Integer>> bySide = new TreeMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      bySide.computeIfAbsent(side.applyAsInt(pairs.get(k)), x -> new ArrayList<>()).add(k);
    }
    for (List<Integer> ks : bySide.values()) {
      ks.sort(Comparator.comparingDouble((Integer k) -> -shares[k]).thenComparingInt(k -> k));
      ks.subList(0, Math.min(SHORTLIST, ks.size())).forEach(k -> keep[k] = true);
    }
  }

  /**
   * Judges each weighed pair, knowing its rivals (see {@link PairScorer.Standing}). A pair is each
   * other's best when it has the most evidence among its source's pairs and among its target's, and
   * both have other pairs to beat; ties go to the earlier pair, which is the one with the earlier
   * names. A target's best pair is judged first: if it renders the target's source and covers
   * {@link PairScorer#TAKEN_TARGET} of the target, the target is taken for its other pairs.
   */
  static List<Match> judge(List<Pair> pairs, List<Evidence> weighed, int sources, int targets) {
    int[] bestOfSource = best(pairs, weighed, Pair::source, sources);
    int[] bestOfTarget = best(pairs, weighed, Pair::target, targets);
    int[] perSource = new int[sources];
    int[] perTarget = new int[targets];
    for (Pair p : pairs) {
      perSource[p.source]++;
      perTarget[p.target]++;
    }
    Match[] out = new Match[pairs.size()];
    boolean[] taken = new boolean[targets];
    for (int t = 0; t < targets; t++) {
      int k = bestOfTarget[t];
      if (k >= 0) {
        Pair p = pairs.get(k);
        boolean mutualBest =
            bestOfSource[p.source] == k && perSource[p.source] > 1 && perTarget[t] > 1;
        out[k] =
            weighed
                .get(k)
                .match(mutualBest ? PairScorer.Standing.MUTUAL_BEST : PairScorer.Standing.OPEN);
        taken[t] =
            out[k].renders() && weighed.get(k).coverage().target() >= PairScorer.TAKEN_TARGET;
      }
    }
    for (int k = 0; k < pairs.size(); k++) {
      if (out[k] == null) {
        boolean isTaken = taken[pairs.get(k).target];
        out[k] =
            weighed.get(k).match(isTaken ? PairScorer.Standing.TAKEN : PairScorer.Standing.OPEN);
      }
    }
    return List.of(out);
  }

  /** Per document on one side, the position of its pair with the most evidence, -1 if none. */
  private static int[] best(
      List<Pair> pairs, List<Evidence> weighed, ToIntFunction<Pair> side, int n) {
    int[] best = new int[n];
    Arrays.fill(best, -1);
    for (int k = 0; k < pairs.size(); k++) {
      int d = side.applyAsInt(pairs.get(k));
      if (best[d] < 0 || weighed.get(k).evidence() > weighed.get(best[d]).evidence()) {
        best[d] = k;
      }
    }
    return best;
  }

  /** A candidate pair, by positions in the sorted source and target lists. */
  record Pair(int source, int target) {}

  /**
   * The pairs either side's query retrieved, in source then target order.
   *
   * @param topBothWays per pair, whether each document's query ranks the other first
   */
  record Candidates(List<Pair> pairs, boolean[] topBothWays) {}

  /** The indexes and queries of one call. */
  record Run(
      List<Document> sources,
      List<Document> targets,
      List<DocumentIndex.Query> sourceQueries,
      List<DocumentIndex.Query> targetQueries,
      DocumentIndex targetIndex,
      DocumentIndex sourceIndex) {

    /** The pairs either side's query retrieved, in source then target order. */
    Candidates candidates(Parallel parallel, int k) {
      TreeSet<Pair> pairs =
          new TreeSet<>(Comparator.comparingInt(Pair::source).thenComparingInt(Pair::target));
      List<Integer> is = indices(sources.size());
      List<Integer> js = indices(targets.size());
      List<List<DocumentIndex.Hit>> forward =
          parallel.map(is, i -> targetIndex.search(sourceQueries.get(i), k));
      List<List<DocumentIndex.Hit>> backward =
          parallel.map(js, j -> sourceIndex.search(targetQueries.get(j), k));
      for (int i = 0; i < forward.size(); i++) {
        for (DocumentIndex.Hit h : strong(forward.get(i))) {
          pairs.add(new Pair(i, h.document()));
        }
      }
      for (int j = 0; j < backward.size(); j++) {
        for (DocumentIndex.Hit h : strong(backward.get(j))) {
          pairs.add(new Pair(h.document(), j));
        }
      }
      List<Pair> list = new ArrayList<>(pairs);
      boolean[] topBothWays = new boolean[list.size()];
      for (int p = 0; p < list.size(); p++) {
        Pair pair = list.get(p);
        topBothWays[p] =
            first(forward.get(pair.source)) == pair.target
                && first(backward.get(pair.target)) == pair.source;
      }
      return new Candidates(list, topBothWays);
    }

    private static int first(List<DocumentIndex.Hit> hits) {
      return hits.isEmpty() ? -1 : hits.get(0).document();
    }

    /** The hits that score at least {@link #CANDIDATE_RATIO} of the best one. */
    private static List<DocumentIndex.Hit> strong(List<DocumentIndex.Hit> hits) {
      if (hits.isEmpty()) {
        return hits;
      }
      float bar = (float) (CANDIDATE_RATIO * hits.get(0).score());
      return hits.stream().filter(h -> h.score() >= bar).toList();
    }

    /**
     * Per pair, how much of the source's query the target matches plus how much of the target's
     * query the source matches. Pairs come sorted by source; each query is scored once against all
     * its candidates.
     */
    double[] shares(Parallel parallel, List<Pair> pairs) {
      double[] out = new double[pairs.size()];
      List<int[]> bySource = groups(pairs, Pair::source, sources.size());
      List<int[]> byTarget = groups(pairs, Pair::target, targets.size());
      List<double[]> forward =
          parallel.map(
              indices(sources.size()),
              i ->
                  targetIndex.shares(
                      sourceQueries.get(i), others(pairs, bySource.get(i), Pair::target)));
      List<double[]> backward =
          parallel.map(
              indices(targets.size()),
              j ->
                  sourceIndex.shares(
                      targetQueries.get(j), others(pairs, byTarget.get(j), Pair::source)));
      add(out, bySource, forward);
      add(out, byTarget, backward);
      return out;
    }

    /** Per document, the positions in {@code pairs} of the pairs it is in. */
    private static List<int[]> groups(List<Pair> pairs, ToIntFunction<Pair> side, int n) {
      List<List<Integer>> g = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        g.add(new ArrayList<>());
      }
      for (int k = 0; k < pairs.size(); k++) {
        g.get(side.applyAsInt(pairs.get(k))).add(k);
      }
      return g.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int[] others(List<Pair> pairs, int[] positions, ToIntFunction<Pair> other) {
      int[] out = new int[positions.length];
      for (int k = 0; k < positions.length; k++) {
        out[k] = other.applyAsInt(pairs.get(positions[k]));
      }
      return out;
    }

    private static void add(double[] out, List<int[]> groups, List<double[]> values) {
      for (int d = 0; d < groups.size(); d++) {
        for (int k = 0; k < groups.get(d).length; k++) {
          out[groups.get(d)[k]] += values.get(d)[k];
        }
      }
    }
  }

  /** Per source, its reported matches: best first, ties by target name, cut to the options. */
  private MatchResult report(List<Document> src, List<Pair> pairs, List<Match> scored) {
    List<List<Match>> bySource = new ArrayList<>();
    src.forEach(d -> bySource.add(new ArrayList<>()));
    for (int k = 0; k < pairs.size(); k++) {
      Match m = scored.get(k);
      if (m.score() >= options.minScore()) {
        bySource.get(pairs.get(k).source).add(m);
      }
    }
    List<SourceMatches> out = new ArrayList<>();
    for (int i = 0; i < src.size(); i++) {
      List<Match> ms = bySource.get(i);
      ms.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::target));
      out.add(
          new SourceMatches(src.get(i).name(), ms.subList(0, Math.min(options.top(), ms.size()))));
    }
    return new MatchResult(out);
  }

  static List<Document> byName(List<Document> docs) {
    List<Document> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(Document::name));
    return sorted;
  }

  private static List<Integer> indices(int n) {
    List<Integer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }
}

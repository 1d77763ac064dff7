package org.qarin.lab;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.qarin.lab.MatchCollection.Kind;
import org.qarin.lab.MatchCollection.Truth;
import org.qarin.match.DocumentFolders;
import org.qarin.match.DocumentMatcher;
import org.qarin.match.Match;
import org.qarin.match.MatchOptions;
import org.qarin.match.MatchResult;
import org.qarin.match.SourceMatches;
import org.qarin.model.Document;
import org.qarin.read.ReadOptions;

/**
 * Runs {@code match} on a collection written by {@link MatchCollection} and compares what it
 * reports with the collection's truth.
 */
public final class MatchEvaluation {
  private MatchEvaluation() {}

  /**
   * The figures of one run.
   *
   * @param top1 sources with a counterpart whose best reported match is it, over those sources
   * @param noneCorrect sources without a counterpart for which nothing is reported, over those
   * @param wrongReports reported matches whose target is not the source's counterpart
   */
  public record Figures(
      int sources,
      int whole,
      int half,
      int none,
      double top1,
      double noneCorrect,
      int wrongReports,
      int targets,
      double readSeconds,
      double matchSeconds) {
    /** The figures as lines of text, for people. */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "sources %d (counterpart whole %d, half %d; none %d), targets %d\n"
              + "top-1 accuracy where a counterpart exists: %.4f (target >= 0.98)\n"
              + "no counterpart said correctly: %.4f (target >= 0.97)\n"
              + "reported matches that are not the counterpart: %d\n"
              + "time: reading and segmenting %.1f s, matching %.1f s\n",
          sources,
          whole,
          half,
          none,
          targets,
          top1,
          noneCorrect,
          wrongReports,
          readSeconds,
          matchSeconds);
    }
  }

  /** Reads the collection in {@code dir}, matches it and scores the result. */
  public static Figures run(Path dir, List<Truth> truth, MatchOptions options) {
    Run r = time(dir, options);
    return score(truth, r.result, r.targets, r.readSeconds, r.matchSeconds);
  }

  /**
   * One timed run over a collection's {@code source} and {@code target} folders.
   *
   * @param pairs the candidate pairs the matcher aligned
   */
  public record Run(
      MatchResult result,
      int sources,
      int targets,
      int pairs,
      double readSeconds,
      double matchSeconds) {
    /** The run as lines of text, for people. */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "%d x %d documents, %d candidate pairs aligned, %d sources rendered\n"
              + "time: reading and segmenting %.1f s, matching %.1f s, total %.1f s\n",
          sources,
          targets,
          pairs,
          sources - result.unmatched().size(),
          readSeconds,
          matchSeconds,
          readSeconds + matchSeconds);
    }
  }

  /** Reads and matches the collection in {@code dir}, timing both. */
  public static Run time(Path dir, MatchOptions options) {
    long t0 = System.nanoTime();
    ReadOptions read = ReadOptions.defaults();
    List<Document> sources =
        DocumentFolders.read(dir.resolve("source"), read, options.qarin(), options.threads())
            .documents();
    List<Document> targets =
        DocumentFolders.read(dir.resolve("target"), read, options.qarin(), options.threads())
            .documents();
    long t1 = System.nanoTime();
    AtomicInteger pairs = new AtomicInteger();
    MatchResult result =
        new DocumentMatcher(options).match(sources, targets, (done, total) -> pairs.set(total));
    long t2 = System.nanoTime();
    return new Run(
        result, sources.size(), targets.size(), pairs.get(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  static Figures score(
      List<Truth> truth, MatchResult result, int targets, double read, double match) {
    Map<String, SourceMatches> bySource = new HashMap<>();
    result.sources().forEach(s -> bySource.put(s.source(), s));
    int[] kinds = new int[Kind.values().length];
    int top1 = 0;
    int noneCorrect = 0;
    int wrong = 0;
    for (Truth t : truth) {
      kinds[t.kind().ordinal()]++;
      List<Match> reported =
          bySource.get(t.source()).matches().stream().filter(Match::renders).toList();
      wrong += (int) reported.stream().filter(m -> !m.target().equals(t.target())).count();
      if (t.kind() == Kind.NONE) {
        noneCorrect += reported.isEmpty() ? 1 : 0;
      } else {
        top1 += !reported.isEmpty() && reported.get(0).target().equals(t.target()) ? 1 : 0;
      }
    }
    int has = kinds[Kind.WHOLE.ordinal()] + kinds[Kind.HALF.ordinal()];
    int none = kinds[Kind.NONE.ordinal()];
    return new Figures(
        truth.size(),
        kinds[Kind.WHOLE.ordinal()],
        kinds[Kind.HALF.ordinal()],
        none,
        has == 0 ? 1 : (double) top1 / has,
        none == 0 ? 1 : (double) noneCorrect / none,
        wrong,
        targets,
        read,
        match);
  }
}

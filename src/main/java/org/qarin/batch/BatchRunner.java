package org.qarin.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.qarin.export.AtomicFiles;

/**
 * Runs the audit over many pairs, a worker per core. Each pair writes its files into its own folder
 * and, last, a {@code result.json} that marks it finished, so an interrupted run resumes without
 * redoing finished pairs and never leaves a half-written file. Only small per-pair results stay in
 * memory, so memory does not grow with the number of pairs. A pair that fails is recorded with its
 * error and does not stop the others.
 */
public final class BatchRunner {
  /** Receives progress: pairs finished so far out of all. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total);
  }

  private BatchRunner() {}

  /** Runs every pair and writes the summaries and the combined TMX; results in pair order. */
  public static List<PairResult> run(List<PairSpec> pairs, BatchOptions options, Progress progress)
      throws InterruptedException {
    AtomicFiles.createDirectories(options.outputDir());
    removeLeftovers(options.outputDir());
    PairResult[] results = new PairResult[pairs.size()];
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    Semaphore inFlight =
        new Semaphore(options.threads() * 2); // bounds queued work, so memory stays flat
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int k = 0; k < pairs.size(); k++) {
        int index = k;
        inFlight.acquire();
        futures.add(
            pool.submit(
                () -> {
                  try {
                    results[index] = PairJob.run(pairs.get(index), options);
                    progress.update(done.incrementAndGet(), pairs.size());
                  } finally {
                    inFlight.release();
                  }
                }));
      }
      for (Future<?> f : futures) {
        waitFor(f);
      }
    } finally {
      pool.shutdownNow();
    }
    List<PairResult> list = List.of(results);
    BatchSummary.write(options.outputDir(), list);
    CombinedTmx.write(
        options.outputDir().resolve(CombinedTmx.NAME), pairs, list, options.outputDir());
    CompilationViews.write(options.outputDir(), pairs, list, options);
    return list;
  }

  private static void waitFor(Future<?> f) throws InterruptedException {
    try {
      f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      // PairJob catches what a pair can throw; anything else is a bug worth surfacing
      throw new IllegalStateException(e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "qarin-batch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Deletes the temporary files an interrupted run (kill -9) left: the hidden {@code .NAME.*.tmp}
   * files that atomic writes move into place. The files they were meant for are either complete
   * from an earlier move or absent.
   */
  private static void removeLeftovers(Path outputDir) {
    try (java.util.stream.Stream<Path> files = Files.walk(outputDir, 2)) {
      for (Path p : files.filter(BatchRunner::isLeftover).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (java.io.IOException e) {
      throw new org.qarin.model.OutputException(
          outputDir.toString(), "cannot be cleaned (" + e.getMessage() + ")", e);
    }
  }

  private static boolean isLeftover(Path p) {
    String name = p.getFileName().toString();
    return AtomicFiles.isTemporary(name) && Files.isRegularFile(p);
  }

  /** The folder of a pair's files. */
  static Path pairDir(Path outputDir, PairSpec pair) {
    return outputDir.resolve(pair.id());
  }

  static boolean finished(Path pairDir) {
    return Files.isRegularFile(pairDir.resolve(PairJob.RESULT));
  }
}

package org.qarin.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A fixed pool of worker threads for one matching run. Results come back in the order of the
 * inputs, whatever order the work finishes in, so output never depends on scheduling.
 */
final class Parallel implements AutoCloseable {
  private final ExecutorService pool;

  Parallel(int threads) {
    pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, Parallel::daemon);
  }

  /** {@code f} applied to every input, in input order. */
  <T, R> List<R> map(List<T> inputs, Function<T, R> f) {
    if (pool == null) {
      return inputs.stream().map(f).toList();
    }
    List<Callable<R>> tasks = new ArrayList<>(inputs.size());
    for (T in : inputs) {
      tasks.add(() -> f.apply(in));
    }
    try {
      List<R> out = new ArrayList<>(inputs.size());
      for (Future<R> r : pool.invokeAll(tasks)) {
        out.add(r.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("matching was interrupted", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** A worker's exception as the caller's own, so callers see what went wrong, not where. */
  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }

  // daemon threads cannot keep a JVM alive if a caller forgets to close the pool
  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "qarin-match");
    t.setDaemon(true);
    return t;
  }
}

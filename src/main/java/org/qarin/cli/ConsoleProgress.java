package org.qarin.cli;

import java.io.PrintWriter;
import org.qarin.match.DocumentMatcher;

/**
 * Progress of {@code qarin match} on standard error, one line rewritten in place, and only when
 * standard error is a terminal: a pipe or a log file gets nothing.
 */
final class ConsoleProgress implements DocumentMatcher.Progress {
  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintWriter err;
  private long last;

  private ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  /** Progress on {@code err} when the process has a console, else nothing. */
  static DocumentMatcher.Progress of(PrintWriter err) {
    return System.console() == null ? (done, total) -> {} : new ConsoleProgress(err);
  }

  @Override
  public synchronized void scored(int done, int total) {
    long now = System.nanoTime();
    if (done < total && now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    err.print("\rqarin: match: " + done + "/" + total + " candidate pairs scored" + (done == total ? "\n" : ""));
    err.flush();
  }
}

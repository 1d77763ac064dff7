package org.qarin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar with rate and time left, drawn on standard error only when it is a
 * terminal: a pipe or a log file gets nothing.
 */
final class ProgressBar {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String unit;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private ProgressBar(PrintStream out, String unit) {
    this.out = out;
    this.unit = unit;
  }

  /** A bar on {@code out} (standard error) when that is a terminal, else one that draws nothing. */
  static ProgressBar onTerminal(PrintStream out, String unit) {
    return new ProgressBar(standardErrorIsTerminal() ? out : null, unit);
  }

  /**
   * Whether standard error is a terminal. {@code System.console()} answers for standard input and
   * output (and on JDK 22 and later is there even when they are piped), so {@code 2>log} from a
   * terminal would fill the log with bar lines. Where the system shows file descriptors ({@code
   * /proc}, Linux), standard error's is read; elsewhere the console has to do.
   */
  static boolean standardErrorIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no way to tell from the descriptor: fall back to the console
    }
    return System.console() != null;
  }

  synchronized void update(int done, int total) {
    long now = System.nanoTime();
    if (out == null || (now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    out.print("\r" + line(done, total, (now - start) / 1e9));
    out.flush();
  }

  synchronized void finish() {
    if (out != null && drawn) {
      out.println();
    }
  }

  /** The bar's text: {@code [=====> ] 120/500 24% 12.3 pairs/s 0:31 left}. */
  String line(int done, int total, double seconds) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
    double rate = seconds > 0 ? done / seconds : 0;
    long left = rate > 0 ? Math.round((total - done) / rate) : 0;
    return String.format(
        Locale.ROOT,
        "[%s] %d/%d %3d%% %.1f %s/s %d:%02d left ",
        bar,
        done,
        total,
        total == 0 ? 100 : 100 * done / total,
        rate,
        unit,
        left / 60,
        left % 60);
  }
}

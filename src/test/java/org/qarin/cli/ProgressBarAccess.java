package org.qarin.cli;

/** Test access to the progress bar's text. */
final class ProgressBarAccess {
  private ProgressBarAccess() {}

  static String line(int done, int total, double seconds) {
    return ProgressBar.onTerminal(System.err, "pairs").line(done, total, seconds);
  }

  static boolean standardErrorIsTerminal() {
    return ProgressBar.standardErrorIsTerminal();
  }
}

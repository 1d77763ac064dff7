package org.qarin.cli;

/** qarin's exit codes: the one table in CONTRACT.md (sysexits values where one fits). */
final class ExitCodes {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  static final int DATA = 65;
  static final int NO_INPUT = 66;
  static final int SOFTWARE = 70;
  static final int CANT_WRITE = 74;

  private ExitCodes() {}
}

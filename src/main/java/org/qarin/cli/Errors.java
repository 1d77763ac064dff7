package org.qarin.cli;

import java.io.PrintWriter;
import org.qarin.model.InputException;
import org.qarin.model.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on standard error and the contract's exit code. User mistakes
 * never print a stack trace; a bug prints one only with {@code --debug}.
 */
final class Errors implements IExecutionExceptionHandler {
  private final boolean debug;

  Errors(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    if (e instanceof InputException in) {
      err.println("qarin: " + in.getMessage());
      return in.problem().unreadable() ? ExitCodes.NO_INPUT : ExitCodes.DATA;
    }
    if (e instanceof OutputException out) {
      err.println("qarin: " + out.getMessage());
      return ExitCodes.CANT_WRITE;
    }
    if (e instanceof CommandLine.ParameterException p) {
      err.println("qarin: " + p.getMessage());
      return ExitCodes.USAGE;
    }
    err.println("qarin: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
    if (debug) {
      e.printStackTrace(err);
    }
    return ExitCodes.SOFTWARE;
  }
}

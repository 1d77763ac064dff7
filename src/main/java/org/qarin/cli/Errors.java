package org.qarin.cli;

import java.io.PrintWriter;
import org.qarin.model.InputException;
import org.qarin.model.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on standard error and the contract's exit code. User mistakes
 * never print a stack trace; a bug prints one only with {@code --debug}.
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final boolean debug;

  Errors(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    if (e instanceof InputException in) {
      print(err, in.getMessage());
      return in.problem().unreadable() ? ExitCodes.NO_INPUT : ExitCodes.DATA;
    }
    if (e instanceof OutputException out) {
      print(err, out.getMessage());
      return ExitCodes.CANT_WRITE;
    }
    if (e instanceof ParameterException p) {
      return handleParseException(p, new String[0]);
    }
    return internal(e, err);
  }

  /**
   * A usage error: picocli's message on one line, naming the command and pointing to its help,
   * instead of the message followed by the whole usage text.
   */
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    boolean sub = cl.getParent() != null;
    String message = e.getMessage().isEmpty() ? "bad usage" : e.getMessage();
    String help = cl.getCommandSpec().qualifiedName(" ") + " --help";
    print(
        cl.getErr(),
        (sub ? cl.getCommandName() + ": " : "")
            + Character.toLowerCase(message.charAt(0))
            + message.substring(1)
            + "; see '"
            + help
            + "'");
    return ExitCodes.USAGE;
  }

  /**
   * A bug, or the JVM out of memory or stack: one line, and the stack trace only with {@code
   * --debug}. Input limits exist so that memory never runs out; if it does, the limits are wrong.
   */
  int internal(Throwable e, PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      print(
          err,
          "out of memory; give Java a larger heap (java -Xmx8g -jar qarin.jar ...) or split the"
              + " input, and please report it");
    } else {
      print(
          err,
          "internal error: "
              + e
              + "; please report it"
              + (debug ? "" : " (run with --debug for the stack trace)"));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.SOFTWARE;
  }

  /** Prints {@code qarin: line}, with line breaks (from file names, say) folded to spaces. */
  private static void print(PrintWriter err, String line) {
    err.println("qarin: " + line.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " "));
    err.flush();
  }
}

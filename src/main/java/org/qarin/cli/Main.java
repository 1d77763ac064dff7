package org.qarin.cli;

import java.io.PrintWriter;
import org.qarin.model.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code qarin} command line: subcommands, exit codes, one-line errors. */
@Command(
    name = "qarin",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description =
        "Puts an Arabic text and its English translation side by side, sentence by"
            + " sentence, and shows what the translation added, dropped, moved or changed.",
    footer = {
      "",
      "Archives beyond one machine run on Apache Spark 4.2 (a jar built with -Pspark; see the"
          + " README, \"Scale out\"):",
      "  spark-submit --class org.qarin.spark.BatchJob qarin.jar MANIFEST --output-dir DIR"
          + " [batch options]",
      "  spark-submit --class org.qarin.spark.MatchJob qarin.jar SOURCE_DIR TARGET_DIR"
          + " [match options]"
    },
    subcommands = {
      SegmentCommand.class,
      AlignCommand.class,
      AuditCommand.class,
      BatchCommand.class,
      MatchCommand.class,
      EvalCommand.class,
      LexiconCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  // Arabic must survive whatever the platform's default encoding is.
  private static PrintWriter utf8(java.io.PrintStream stream) {
    return new PrintWriter(
        new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
  }

  /** Runs qarin with the given streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return execute(new Main(), args, out, err);
  }

  /**
   * Runs a command object other than qarin's own with qarin's exit codes and one-line errors, and
   * standard streams in UTF-8: the entry points of the Spark jobs ({@code org.qarin.spark}), which
   * are built apart from the rest (see the README's "Scale out").
   */
  public static int execute(Object command, String[] args) {
    return execute(command, args, utf8(System.out), utf8(System.err));
  }

  private static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
    Errors errors = new Errors(debug(args));
    try {
      return configure(new CommandLine(command), out, err, errors).execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler; an Error (out of memory, a stack overflow)
      // would otherwise end qarin with the JVM's stack trace
      return errors.internal(e, err);
    }
  }

  private static CommandLine configure(
      CommandLine cl, PrintWriter out, PrintWriter err, Errors errors) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(errors);
    cl.setParameterExceptionHandler(errors);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static boolean debug(String[] args) {
    for (String a : args) {
      if (a.equals("--debug")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Gives picocli the version Maven stamped into the jar. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"qarin " + Version.get()};
    }
  }
}

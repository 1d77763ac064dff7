package org.qarin.lab;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The project's lab: the tools that build benchmark data from {@code ../shared/data} and measure
 * qarin. They live in the test tree, like Lucene's benchmark module beside its product, so that
 * neither they nor their data paths reach {@code target/qarin.jar}. Run them with
 *
 * <pre>./mvnw -q -Plab -Dlab="bench edited-data --out /tmp/edited"</pre>
 *
 * <p>Unlike the product, a lab tool may end in a stack trace: its users are qarin's developers.
 */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = "qarin's benchmark and data tools (not part of the product).",
    subcommands = {BenchCommand.class, CommandLine.HelpCommand.class})
public final class Lab implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Lab()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Runs a lab command in-process, for tests; returns what it printed. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A lab command's exit code and output. */
  public record Result(int exitCode, String out, String err) {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

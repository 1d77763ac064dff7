package org.qarin.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.qarin.export.OutputFormat;
import org.qarin.match.MatchOptions;
import org.qarin.match.MatchResult;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.ReadOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code qarin match} that decide what it finds and how it writes it. The Spark job
 * ({@code org.qarin.spark.MatchJob}) mixes in the same class, so that both take the same options
 * and find the same matches.
 */
public final class MatchSettings {
  @Option(
      names = "--format",
      defaultValue = "tsv",
      description = "tsv or json (default: ${DEFAULT-VALUE}).")
  MatchFormat format;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "Report at most N matches per source (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-score",
      paramLabel = "X",
      defaultValue = "0.5",
      description =
          "Report matches scoring at least X (default: ${DEFAULT-VALUE}, where qarin starts to say a"
              + " target renders the source; lower values also list rejected candidates, verdict none).")
  double minScore;

  @Option(
      names = "--candidates",
      paramLabel = "K",
      defaultValue = "10",
      description =
          "Documents each document's query retrieves from the other folder (default: ${DEFAULT-VALUE}).")
  int candidates;

  @Option(
      names = "--audit",
      description =
          "Also audit every pair judged to render its source, as batch does, into --output-dir.")
  boolean audit;

  @Option(
      names = "--audit-format",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "html,json",
      converter = AuditCommand.FormatConverter.class,
      description = "Files per audited pair, as for audit (default: ${DEFAULT-VALUE}).")
  List<OutputFormat> auditFormats;

  @Mixin ThreadsOption threads;
  @Mixin DocumentOptions documents;
  @Mixin AuditOptions auditing;

  /**
   * The matching options given.
   *
   * @throws ParameterException naming the options out of range, for {@code spec}'s command
   */
  public MatchOptions options(CommandSpec spec) {
    if (top < 1 || candidates < 1 || !(minScore >= 0 && minScore <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "--top and --candidates must be at least 1, --min-score in [0, 1]");
    }
    QarinOptions q = auditing.applyTo(documents.applyTo(QarinOptions.defaults()));
    return MatchOptions.defaults()
        .withQarin(q)
        .withTop(top)
        .withMinScore(minScore)
        .withCandidates(candidates)
        .withThreads(threads.count());
  }

  /** Whether the pairs judged to render their source are audited too. */
  public boolean audit() {
    return audit;
  }

  /** The files written per audited pair. */
  public List<OutputFormat> auditFormats() {
    return List.copyOf(auditFormats);
  }

  /** How each document is read. */
  public ReadOptions read() {
    return documents.input.readOptions();
  }

  /** Writes the result in the format given. */
  public void write(MatchResult result, Writer w) throws IOException {
    format.write(result, w);
  }
}

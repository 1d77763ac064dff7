package org.qarin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qarin.Qarin;
import org.qarin.batch.BatchOptions;
import org.qarin.batch.BatchRunner;
import org.qarin.batch.Manifest;
import org.qarin.batch.PairResult;
import org.qarin.batch.PairSpec;
import org.qarin.match.DocumentFolders;
import org.qarin.match.MatchOptions;
import org.qarin.match.MatchResult;
import org.qarin.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = {
      "Finds, for each document in SOURCE_DIR, the documents in TARGET_DIR that render it in whole"
          + " or in part, with a score and the share of each side covered, and says when none does.",
      "Languages are detected per document; a document is matched with documents in the other"
          + " language. Unusable files are skipped with a warning."
    })
final class MatchCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "SOURCE_DIR",
      description = "The originals (Arabic in the main use).")
  Path sourceDir;

  @Parameters(
      index = "1",
      paramLabel = "TARGET_DIR",
      description = "The documents that may translate them.")
  Path targetDir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      defaultValue = "qarin-match",
      description = "Where --audit writes (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Mixin MatchSettings settings;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    MatchOptions options = settings.options(spec);
    List<Document> sources = documents(sourceDir, options);
    List<Document> targets = documents(targetDir, options);
    DocumentFolders.requireOtherLanguage(
        sources, targets, sourceDir.toString(), targetDir.toString());
    ProgressBar bar = ProgressBar.onTerminal(System.err, "pairs");
    MatchResult r = Qarin.match(sources, targets, options, bar::update);
    bar.finish();
    Outputs.write(spec, output, w -> settings.write(r, w));
    return settings.audit ? audit(r, options) : ExitCodes.OK;
  }

  /** Audits the pairs that render their source, with batch's layout: DIR/SOURCE--TARGET/. */
  private int audit(MatchResult r, MatchOptions options) throws InterruptedException {
    List<PairSpec> pairs =
        Manifest.renderings(r, sourceDir, targetDir, options.qarin().rendering());
    BatchOptions batch =
        new BatchOptions(
            outputDir,
            settings.auditFormats(),
            false,
            options.threads(),
            settings.read(),
            options.qarin());
    List<PairResult> results = BatchRunner.run(pairs, batch, (done, total) -> {});
    long failed = results.stream().filter(p -> !p.ok()).count();
    spec.commandLine()
        .getErr()
        .printf(Locale.ROOT, "qarin: audited %d pairs into %s%n", results.size(), outputDir);
    return failed > 0 ? ExitCodes.DATA : ExitCodes.OK;
  }

  /** The usable documents of a folder; a warning for each file skipped. */
  private List<Document> documents(Path dir, MatchOptions options) {
    DocumentFolders.Contents c =
        DocumentFolders.read(dir, settings.read(), options.qarin(), options.threads());
    c.skipped()
        .forEach(
            e ->
                spec.commandLine()
                    .getErr()
                    .println("qarin: warning: " + e.getMessage() + " (skipped)"));
    DocumentFolders.requireDocuments(dir.toString(), c.documents());
    return c.documents();
  }
}

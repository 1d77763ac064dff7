package org.qarin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qarin.batch.BatchOptions;
import org.qarin.batch.BatchRunner;
import org.qarin.batch.Manifest;
import org.qarin.batch.PairResult;
import org.qarin.batch.PairSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = {
      "Audits many pairs at once, a worker per core: from a manifest (TSV or CSV: source, target,"
          + " optional id; paths relative to the manifest) or from two folders paired by file name.",
      "Writes DIR/ID/ per pair, DIR/summary.csv, DIR/summary.json and DIR/all.tmx. A pair that fails"
          + " is reported in the summary and does not stop the others; the exit code is 65 when any"
          + " failed. --resume keeps the pairs an earlier run finished."
    })
final class BatchCommand implements Callable<Integer> {
  @Parameters(arity = "1..2", paramLabel = "MANIFEST | SOURCE_DIR TARGET_DIR")
  List<Path> inputs;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      defaultValue = "qarin-batch",
      description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Mixin BatchSettings settings;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    settings.warmUp();
    List<PairSpec> pairs =
        inputs.size() == 1
            ? Manifest.read(inputs.get(0))
            : Manifest.folders(inputs.get(0), inputs.get(1));
    BatchOptions options = settings.options(outputDir);
    ProgressBar bar = ProgressBar.onTerminal(System.err, "pairs");
    List<PairResult> results = BatchRunner.run(pairs, options, bar::update);
    bar.finish();
    long failed = results.stream().filter(r -> !r.ok()).count();
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "%d pairs, %d done, %d failed; summary in %s%n",
            results.size(),
            results.size() - failed,
            failed,
            outputDir.resolve("summary.csv"));
    for (PairResult r : results) {
      if (!r.ok()) {
        spec.commandLine().getErr().println("qarin: " + r.id() + ": " + r.error());
      }
    }
    return failed > 0 ? ExitCodes.DATA : ExitCodes.OK;
  }

  static boolean isDirectory(Path p) {
    return Files.isDirectory(p);
  }
}

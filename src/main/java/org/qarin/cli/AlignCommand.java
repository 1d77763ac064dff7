package org.qarin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qarin.Qarin;
import org.qarin.model.Alignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Aligns a source document with its translation, sentence by sentence.")
final class AlignCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description = "The original (Arabic in the main use).")
  Path source;

  @Parameters(index = "1", paramLabel = "TARGET", description = "Its translation.")
  Path target;

  @Option(
      names = "--format",
      defaultValue = "links",
      description = "links, json or tsv (default: ${DEFAULT-VALUE}).")
  AlignFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Mixin PipelineOptions pipeline;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Outputs.checkWritable(output, source, target);
    pipeline.warmUp();
    Alignment a =
        Qarin.align(
            pipeline.documents.input.read(source),
            pipeline.documents.input.read(target),
            pipeline.options());
    Outputs.write(spec, output, w -> format.write(a, w));
    return ExitCodes.OK;
  }
}

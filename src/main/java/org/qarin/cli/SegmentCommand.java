package org.qarin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qarin.export.SentenceWriter;
import org.qarin.model.Document;
import org.qarin.read.InputText;
import org.qarin.segment.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Splits one document into sentences.")
final class SegmentCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A .txt, .html or .md file, or - for standard input.")
  Path file;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      description = "ar, en or auto (default: ${DEFAULT-VALUE}).")
  LanguageChoice lang;

  @Option(
      names = "--format",
      defaultValue = "lines",
      description = "lines or jsonl (default: ${DEFAULT-VALUE}).")
  SentenceWriter.Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Mixin SegmenterOptions segmenter;
  @Mixin InputOptions input;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Outputs.checkWritable(output, file);
    InputText text = input.read(file);
    Document doc = Documents.segment(text, lang.language(), segmenter.segmenter());
    Outputs.write(spec, output, w -> SentenceWriter.write(doc, format, w));
    return ExitCodes.OK;
  }
}

package org.qarin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.qarin.Qarin;
import org.qarin.export.AtomicFiles;
import org.qarin.export.OutputFormat;
import org.qarin.model.OutputException;
import org.qarin.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = {
      "Aligns a source document with its translation and reports what the translation dropped,"
          + " added, moved and changed; writes the report and the aligned text.",
      "Exit codes: 0 done, 1 findings named by --fail-on exist, 2 usage error, 65 unusable input,"
          + " 66 input missing or unreadable, 70 internal error, 74 output cannot be written."
    })
final class AuditCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description = "The original, or - for standard input.")
  Path source;

  @Parameters(
      index = "1",
      paramLabel = "TARGET",
      description = "Its translation, or - for standard input.")
  Path target;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "Where to write the files, named after SOURCE (default: the current directory).")
  Path outputDir;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "html,json",
      converter = AuditCommand.FormatConverter.class,
      description =
          "Files to write, comma-separated: html, json, tmx, xliff, tsv, csv, jsonl"
              + " (default: ${DEFAULT-VALUE}).")
  List<OutputFormat> formats;

  @Option(
      names = "--fail-on",
      paramLabel = "KINDS",
      split = ",",
      converter = FailOn.Converter.class,
      description =
          "Exit with 1 when warning or critical findings of these kinds exist: kind ids (dropped,"
              + " added, number-changed, ...), groups (number, name, date) or any. Info findings"
              + " never count.")
  List<FailOn> failOn = new ArrayList<>();

  @Mixin PipelineOptions pipeline;
  @Mixin AuditOptions auditing;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    pipeline.warmUp();
    if (isStdin(source) && isStdin(target)) {
      throw new ParameterException(spec.commandLine(), "only one of SOURCE and TARGET can be -");
    }
    Report report =
        Qarin.audit(
            pipeline.documents.input.read(source),
            pipeline.documents.input.read(target),
            auditing.applyTo(pipeline.options()));
    List<Path> written = write(report);
    AuditSummary.print(spec.commandLine().getOut(), report, written);
    return FailOn.any(failOn, report.findings()) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Writes every chosen format, all or nothing, into the output directory. */
  private List<Path> write(Report report) {
    createOutputDir();
    List<AtomicFiles.Pending> files = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    for (OutputFormat f : new LinkedHashSet<>(formats)) {
      Path file = outputDir.resolve(f.fileName(baseName(source)));
      files.add(new AtomicFiles.Pending(file, w -> f.exporter().write(report, w)));
      paths.add(file);
    }
    AtomicFiles.writeAll(files);
    return paths;
  }

  /**
   * Creates the output directory, saying which file stands in the way when a part of the path is
   * one (the system only says "Not a directory").
   */
  private void createOutputDir() {
    for (Path p = outputDir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new OutputException(
              outputDir.toString(),
              "cannot be created (" + p + " is a file); choose another --output-dir",
              null);
        }
        break;
      }
    }
    AtomicFiles.createDirectories(outputDir);
  }

  /** The source file's name without its extension; {@code stdin} for standard input. */
  static String baseName(Path source) {
    if (isStdin(source)) {
      return "stdin";
    }
    String name = source.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean isStdin(Path p) {
    return p.toString().equals("-");
  }

  /** Reads a --format value, naming the known formats when it is none of them. */
  static final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

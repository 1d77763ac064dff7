package org.qarin.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.qarin.export.AtomicFiles;
import org.qarin.export.Exporters;
import org.qarin.export.OutputFormat;
import org.qarin.model.InputException;
import org.qarin.model.OutputException;
import org.qarin.model.Rendering;
import org.qarin.model.Report;
import org.qarin.pipeline.Pipeline;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.InputText;

/**
 * One pair of a batch: audit, write its files, then mark it finished. A pure function of its
 * inputs, so a pair run twice (a retried task, a resumed batch) writes the same bytes.
 */
public final class PairJob {
  /** The file that marks a pair finished; written last. */
  public static final String RESULT = "result.json";

  /** The pair's TMX units, kept for the combined TMX (a hidden file of the pair's folder). */
  public static final String UNITS = ".units.tmx";

  private PairJob() {}

  static PairResult run(PairSpec pair, BatchOptions options) {
    Path dir = BatchRunner.pairDir(options.outputDir(), pair);
    if (options.resume()) {
      Optional<PairResult> earlier = PairResults.read(dir.resolve(RESULT));
      if (earlier.isPresent() && earlier.get().ok()) {
        return earlier.get();
      }
    }
    PairOutput output =
        audit(
            pair.id(),
            Manifest.baseName(pair.source()),
            () -> DocumentReader.read(pair.source(), options.read()),
            () -> DocumentReader.read(pair.target(), options.read()),
            options.formats(),
            withRendering(options.qarin(), pair.rendering()));
    if (output.result().ok()) {
      try {
        write(dir, output);
      } catch (OutputException e) {
        return PairResult.failed(pair.id(), e.getMessage());
      }
    }
    return output.result();
  }

  /**
   * Audits one pair in memory: the files named after {@code baseName} in each format, the TMX units
   * and {@code result.json}. An input that cannot be read or used, as {@code source} and {@code
   * target} report it with an {@link InputException}, gives a failed result, as does an internal
   * error; nothing is thrown.
   */
  public static PairOutput audit(
      String id,
      String baseName,
      Supplier<InputText> source,
      Supplier<InputText> target,
      List<OutputFormat> formats,
      QarinOptions options) {
    try {
      Report report = Pipeline.audit(source.get(), target.get(), options);
      List<PairOutput.File> files = new ArrayList<>();
      for (OutputFormat f : formats) {
        StringWriter w = new StringWriter();
        f.exporter().write(report, w);
        files.add(new PairOutput.File(f.fileName(baseName), w.toString()));
      }
      String units = units(report);
      files.add(new PairOutput.File(UNITS, units));
      PairResult result = PairResults.of(id, report);
      files.add(new PairOutput.File(RESULT, result.toJson()));
      return new PairOutput(result, files, units);
    } catch (InputException | OutputException e) {
      return PairOutput.failed(id, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return PairOutput.failed(id, "internal error: " + e);
    }
  }

  /** The options for a pair whose rendering the manifest or a match already knows. */
  public static QarinOptions withRendering(QarinOptions options, Rendering.Choice rendering) {
    return rendering == Rendering.Choice.AUTO ? options : options.withRendering(rendering);
  }

  /** Writes the pair's files, {@code result.json} last and on its own, so it marks them done. */
  private static void write(Path dir, PairOutput output) {
    AtomicFiles.createDirectories(dir);
    List<PairOutput.File> files = output.files();
    List<AtomicFiles.Pending> content = new ArrayList<>();
    for (PairOutput.File f : files.subList(0, files.size() - 1)) {
      content.add(new AtomicFiles.Pending(dir.resolve(f.name()), w -> w.write(f.text())));
    }
    AtomicFiles.writeAll(content);
    PairOutput.File last = files.get(files.size() - 1);
    AtomicFiles.write(dir.resolve(last.name()), w -> w.write(last.text()));
  }

  /** The {@code tu} elements of the pair's TMX export. */
  private static String units(Report report) throws IOException {
    StringWriter tmx = new StringWriter();
    Exporters.of("tmx").write(report, tmx);
    String s = tmx.toString();
    int body = s.indexOf("<body>");
    int end = s.lastIndexOf("</body>");
    // the exporter escapes all text, so its own <body> tags are the only ones
    return body < 0 || end < 0 ? "" : s.substring(body + "<body>".length(), end);
  }
}

package org.qarin.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * One pair of a batch: audit, write its files, then mark it finished. A pure function of its
 * inputs.
 */
final class PairJob {
  static final String RESULT = "result.json";

  /** The pair's TMX units, kept for the combined TMX (a hidden file of the pair's folder). */
  static final String UNITS = ".units.tmx";

  private PairJob() {}

  static PairResult run(PairSpec pair, BatchOptions options) {
    Path dir = BatchRunner.pairDir(options.outputDir(), pair);
    if (options.resume()) {
      Optional<PairResult> earlier = PairResults.read(dir.resolve(RESULT));
      if (earlier.isPresent() && earlier.get().ok()) {
        return earlier.get();
      }
    }
    try {
      QarinOptions qarin =
          pair.rendering() == Rendering.Choice.AUTO
              ? options.qarin()
              : options.qarin().withRendering(pair.rendering());
      Report report =
          Pipeline.audit(
              DocumentReader.read(pair.source(), options.read()),
              DocumentReader.read(pair.target(), options.read()),
              qarin);
      write(pair, dir, report, options.formats());
      PairResult result = PairResults.of(pair.id(), report);
      AtomicFiles.write(dir.resolve(RESULT), w -> PairResults.write(result, w));
      return result;
    } catch (InputException | OutputException e) {
      return PairResult.failed(pair.id(), e.getMessage());
    } catch (RuntimeException e) {
      return PairResult.failed(pair.id(), "internal error: " + e);
    }
  }

  private static void write(PairSpec pair, Path dir, Report report, List<OutputFormat> formats) {
    AtomicFiles.createDirectories(dir);
    String base = Manifest.baseName(pair.source());
    List<AtomicFiles.Pending> files = new ArrayList<>();
    for (OutputFormat f : formats) {
      files.add(
          new AtomicFiles.Pending(
              dir.resolve(f.fileName(base)), w -> f.exporter().write(report, w)));
    }
    files.add(new AtomicFiles.Pending(dir.resolve(UNITS), w -> w.write(units(report))));
    AtomicFiles.writeAll(files);
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

  static boolean exists(Path p) {
    return Files.exists(p);
  }
}

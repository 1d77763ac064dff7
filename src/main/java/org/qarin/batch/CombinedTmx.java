package org.qarin.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.qarin.export.AtomicFiles;
import org.qarin.export.Xml;
import org.qarin.model.Version;

/**
 * {@code all.tmx}: the aligned links of every finished pair in one TMX 1.4b file, in pair order:
 * {@link #head}, then the pairs' {@link PairOutput#units() units} in order, then {@link #tail}. The
 * units are copied as they come (from each pair's folder here, from per-partition fragments on
 * Spark), so memory does not grow with the batch.
 */
public final class CombinedTmx {
  /** The combined file's name. */
  public static final String NAME = "all.tmx";

  private CombinedTmx() {}

  /** Everything before the first unit. */
  public static void head(Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
    w.write(
        String.format(
            Locale.ROOT,
            "  <header creationtool=\"qarin\" creationtoolversion=\"%s\" segtype=\"sentence\""
                + " o-tmf=\"qarin\" adminlang=\"en\" srclang=\"*all*\" datatype=\"plaintext\"/>\n  <body>",
            Xml.attribute(Version.get())));
  }

  /** Everything after the last unit. */
  public static void tail(Writer w) throws IOException {
    w.write("</body>\n</tmx>\n");
  }

  static void write(Path file, List<PairSpec> pairs, List<PairResult> results, Path outputDir) {
    AtomicFiles.write(
        file,
        w -> {
          head(w);
          for (int k = 0; k < pairs.size(); k++) {
            Path units = BatchRunner.pairDir(outputDir, pairs.get(k)).resolve(PairJob.UNITS);
            if (results.get(k) != null && results.get(k).ok() && Files.isRegularFile(units)) {
              try (Reader r = Files.newBufferedReader(units, StandardCharsets.UTF_8)) {
                r.transferTo(w);
              }
            }
          }
          tail(w);
        });
  }
}

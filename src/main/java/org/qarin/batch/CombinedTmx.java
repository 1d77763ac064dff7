package org.qarin.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.qarin.export.AtomicFiles;
import org.qarin.export.Xml;
import org.qarin.model.Version;

/**
 * {@code all.tmx}: the aligned links of every finished pair in one TMX 1.4b file, in pair order,
 * streamed from each pair's units so that memory does not grow with the batch.
 */
final class CombinedTmx {
  private CombinedTmx() {}

  static void write(Path file, List<PairSpec> pairs, List<PairResult> results, Path outputDir) {
    AtomicFiles.write(
        file,
        w -> {
          w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
          w.write(
              String.format(
                  Locale.ROOT,
                  "  <header creationtool=\"qarin\" creationtoolversion=\"%s\" segtype=\"sentence\""
                      + " o-tmf=\"qarin\" adminlang=\"en\" srclang=\"*all*\" datatype=\"plaintext\"/>\n  <body>",
                  Xml.attribute(Version.get())));
          for (int k = 0; k < pairs.size(); k++) {
            Path units = BatchRunner.pairDir(outputDir, pairs.get(k)).resolve(PairJob.UNITS);
            if (results.get(k) != null && results.get(k).ok() && Files.isRegularFile(units)) {
              w.write(read(units));
            }
          }
          w.write("</body>\n</tmx>\n");
        });
  }

  private static String read(Path units) throws IOException {
    return Files.readString(units, StandardCharsets.UTF_8);
  }
}

package org.qarin.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qarin.model.Language;
import org.qarin.segment.eval.GoldDocuments;
import org.qarin.segment.eval.SegmentationScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench segment-engines}: the segmenters qarin's own was measured against, scored on the
 * same gold as {@code qarin eval --segmentation} (one paragraph at a time, as qarin does).
 */
@Command(
    name = "segment-engines",
    mixinStandardHelpOptions = true,
    description =
        "Scores a baseline segmenter (opennlp, icu or regex) on segmentation gold, as"
            + " qarin eval --segmentation scores qarin's.")
final class SegmentEngines implements Callable<Integer> {
  @Parameters(
      paramLabel = "GOLD",
      description = "Folders of NAME.txt + NAME.gold, or CoNLL-U files.")
  List<Path> golds;

  @Option(names = "--engine", required = true, description = "opennlp, icu or regex.")
  String engine;

  @Option(names = "--lang", required = true, description = "ar or en.")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Language language = Language.fromCode(lang);
    for (Path gold : golds) {
      SegmentationScores scores = new SegmentationScores();
      List<GoldDocuments.Gold> docs = GoldDocuments.read(gold);
      for (GoldDocuments.Gold g : docs) {
        scores.add(g.name(), g.sentences(), split(g.text(), language));
      }
      spec.commandLine()
          .getOut()
          .println(
              String.format(
                  Locale.ROOT,
                  "{\"scope\": \"%s\", \"engine\": \"%s\", \"documents\": %d, \"precision\": %.4f, \"recall\": %.4f,"
                      + " \"f1\": %.4f, \"boundaries\": %d}",
                  gold.getFileName(),
                  engine,
                  docs.size(),
                  scores.precision(),
                  scores.recall(),
                  scores.f1(),
                  scores.boundaries()));
    }
    return 0;
  }

  private List<String> split(String text, Language language) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        BaselineSegmenters.split(engine, line, language).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(out::add);
      }
    }
    return out;
  }
}

package org.qarin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qarin.export.AtomicFiles;
import org.qarin.export.SentenceWriter;
import org.qarin.model.Language;
import org.qarin.model.Sentence;
import org.qarin.read.DocumentReader;
import org.qarin.read.Format;
import org.qarin.read.InputText;
import org.qarin.segment.Documents;
import org.qarin.segment.eval.GoldDocuments;
import org.qarin.segment.eval.SegmentationScores;

/** {@code qarin eval --segmentation}: segments gold documents and scores the boundaries. */
final class SegmentationEval {
  private SegmentationEval() {}

  static String run(Path gold, Optional<Language> lang, PipelineOptions pipeline, Path writePred)
      throws IOException {
    SegmentationScores scores = new SegmentationScores();
    List<GoldDocuments.Gold> docs = GoldDocuments.read(gold);
    if (docs.isEmpty()) {
      throw new org.qarin.model.InputException(
          gold.toString(),
          org.qarin.model.InputException.Problem.EMPTY,
          "holds no gold documents",
          "give a folder of NAME.txt with NAME.gold, or CoNLL-U files");
    }
    for (GoldDocuments.Gold g : docs) {
      InputText text = DocumentReader.of(g.name(), g.text(), Format.TEXT);
      Language language = lang.orElseGet(() -> Documents.detect(text));
      List<String> predicted = segment(text, language, pipeline);
      scores.add(g.name(), g.sentences(), predicted);
      if (writePred != null) {
        Path file = writePred.resolve(gold.getFileName() + "." + safe(g.name()) + ".pred");
        AtomicFiles.createDirectories(writePred);
        AtomicFiles.write(file, w -> w.write(String.join("\n", predicted) + "\n"));
      }
    }
    return String.format(
        Locale.ROOT,
        "{\"scope\": \"%s\", \"engine\": \"srx\", \"documents\": %d, \"precision\": %.4f, \"recall\": %.4f,"
            + " \"f1\": %.4f, \"boundaries\": %d}",
        gold.getFileName(),
        docs.size(),
        scores.precision(),
        scores.recall(),
        scores.f1(),
        scores.boundaries());
  }

  private static List<String> segment(InputText text, Language language, PipelineOptions pipeline) {
    return Documents.segment(text, Optional.of(language), pipeline.documents.segmenter.segmenter())
        .sentences()
        .stream()
        .map(Sentence::text)
        .map(SentenceWriter::oneLine)
        .toList();
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}

package org.qarin.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.qarin.export.AtomicFiles;
import org.qarin.export.Cells;
import org.qarin.model.FindingKind;
import org.qarin.model.Version;

/**
 * A batch's summary: {@code summary.csv} (one row per pair: id, status, error, sentences, coverage,
 * mean link score, then a column per finding kind) and {@code summary.json}, in pair order. The CSV
 * is UTF-8 with a BOM and neutralises cells that a spreadsheet would run.
 */
final class BatchSummary {
  private BatchSummary() {}

  static void write(Path dir, List<PairResult> results) {
    AtomicFiles.writeAll(
        List.of(
            new AtomicFiles.Pending(dir.resolve("summary.csv"), w -> csv(results, w)),
            new AtomicFiles.Pending(dir.resolve("summary.json"), w -> json(results, w))));
  }

  static void csv(List<PairResult> results, Writer w) throws IOException {
    w.write('\uFEFF');
    StringBuilder header =
        new StringBuilder("id,status,error,source_sentences,target_sentences,coverage,mean_score");
    for (FindingKind k : FindingKind.values()) {
      header.append(',').append(k.id());
    }
    header.append(",rendering");
    w.write(header.append("\r\n").toString());
    for (PairResult r : results) {
      StringBuilder row = new StringBuilder();
      row.append(Cells.csv(r.id()))
          .append(',')
          .append(r.status())
          .append(',')
          .append(Cells.csv(r.error()))
          .append(',')
          .append(r.sourceSentences())
          .append(',')
          .append(r.targetSentences())
          .append(',')
          .append(PairResults.round(r.coverage()).toPlainString())
          .append(',')
          .append(PairResults.round(r.meanScore()).toPlainString());
      for (FindingKind k : FindingKind.values()) {
        row.append(',').append(r.count(k));
      }
      row.append(',').append(r.shape());
      w.write(row.append("\r\n").toString());
    }
  }

  static void json(List<PairResult> results, Writer w) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("qarin", Version.get());
      g.writeNumberField("pairs", results.size());
      g.writeNumberField("failed", results.stream().filter(r -> !r.ok()).count());
      g.writeArrayFieldStart("results");
      for (PairResult r : results) {
        PairResults.object(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write('\n');
  }
}

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
 *
 * <p>Both are written in one pass over the results, which arrive one at a time, so that a summary
 * of a million pairs never holds them all: {@link #open}, {@link #add} each in pair order, then
 * {@link #finish}.
 */
public final class BatchSummary {
  /** The summaries' file names. */
  public static final String CSV = "summary.csv";

  public static final String JSON = "summary.json";

  private final Writer csv;
  private final JsonGenerator json;
  private final Writer jsonOut;

  private BatchSummary(Writer csv, Writer json) throws IOException {
    this.csv = csv;
    this.jsonOut = json;
    this.json = new JsonFactory().createGenerator(json);
    this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.json.useDefaultPrettyPrinter();
  }

  /**
   * Starts both summaries; the JSON's head holds the counts, which the caller knows before the
   * results (a batch runs every pair before it summarises).
   */
  public static BatchSummary open(Writer csv, Writer json, long pairs, long failed)
      throws IOException {
    BatchSummary s = new BatchSummary(csv, json);
    s.csv.write('\uFEFF');
    StringBuilder header =
        new StringBuilder("id,status,error,source_sentences,target_sentences,coverage,mean_score");
    for (FindingKind k : FindingKind.values()) {
      header.append(',').append(k.id());
    }
    header.append(",rendering");
    s.csv.write(header.append("\r\n").toString());
    s.json.writeStartObject();
    s.json.writeStringField("qarin", Version.get());
    s.json.writeNumberField("pairs", pairs);
    s.json.writeNumberField("failed", failed);
    s.json.writeArrayFieldStart("results");
    return s;
  }

  /** Adds the next pair's row and object. */
  public void add(PairResult r) throws IOException {
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
    csv.write(row.append("\r\n").toString());
    PairResults.object(json, r);
  }

  /** Ends both summaries; the writers stay open. */
  public void finish() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.close();
    jsonOut.write('\n');
    csv.flush();
    jsonOut.flush();
  }

  static void write(Path dir, List<PairResult> results) {
    long failed = results.stream().filter(r -> !r.ok()).count();
    AtomicFiles.write(
        dir.resolve(CSV),
        csv ->
            AtomicFiles.write(
                dir.resolve(JSON),
                json -> {
                  BatchSummary s = open(csv, json, results.size(), failed);
                  for (PairResult r : results) {
                    s.add(r);
                  }
                  s.finish();
                }));
  }
}

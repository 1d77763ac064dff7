package org.qarin.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.Qarin;
import org.qarin.export.OutputFormat;
import org.qarin.pipeline.QarinOptions;

/** The batch's pieces as a library: a pair from texts in memory, summaries from a stream. */
class PairJobTest {
  private static final List<OutputFormat> FORMATS = List.of(OutputFormat.HTML, OutputFormat.JSON);

  /** The corpus sample audited from its texts in memory. */
  private static PairOutput sample(String id) throws IOException {
    String ar = Files.readString(Path.of("corpus/sample/statement-ar.txt"));
    String en = Files.readString(Path.of("corpus/sample/statement-en.txt"));
    return PairJob.audit(
        id,
        "statement",
        () -> Qarin.text("statement-ar.txt", ar),
        () -> Qarin.text("statement-en.txt", en),
        FORMATS,
        QarinOptions.defaults());
  }

  @Test
  void auditsAPairFromStringsWithoutWritingAnything() throws IOException {
    PairOutput out = sample("sample");

    assertThat(out.result().ok()).isTrue();
    assertThat(out.files())
        .extracting(PairOutput.File::name)
        .containsExactly("statement.html", "statement.json", PairJob.UNITS, PairJob.RESULT);
    assertThat(out.units()).contains("<tu").contains("<seg>");
    // result.json rounds; read back, it writes the same bytes, as --resume and the Spark job need
    String json = out.files().get(3).text();
    assertThat(PairResult.parse(json).orElseThrow().toJson()).isEqualTo(json);
  }

  @Test
  void anUnusableInputGivesAFailedResultAndNoFiles() {
    PairOutput out =
        PairJob.audit(
            "broken",
            "broken",
            () -> Qarin.text("empty-ar.txt", "   \n"),
            () -> Qarin.text("en.txt", "Some English text."),
            FORMATS,
            QarinOptions.defaults());

    assertThat(out.result().ok()).isFalse();
    assertThat(out.result().error()).startsWith("empty-ar.txt: ");
    assertThat(out.files()).isEmpty();
    assertThat(out.units()).isEmpty();
  }

  @Test
  void summariesFromAStreamNameEveryPairInOrder() throws IOException {
    PairResult ok = sample("b-ok").result();
    PairResult failed = PairResult.failed("a-failed", "a.txt: no such file; check the path");
    StringWriter csv = new StringWriter();
    StringWriter json = new StringWriter();

    BatchSummary summary = BatchSummary.open(csv, json, 2, 1);
    summary.add(ok);
    summary.add(failed);
    summary.finish();

    assertThat(csv.toString().lines().skip(1))
        .hasSize(2)
        .satisfiesExactly(
            row -> assertThat(row).startsWith("b-ok,ok,,"),
            row -> assertThat(row).startsWith("a-failed,failed,a.txt: no such file"));
    assertThat(json.toString())
        .contains("\"pairs\" : 2", "\"failed\" : 1")
        .containsSubsequence("\"b-ok\"", "\"a-failed\"");
  }
}

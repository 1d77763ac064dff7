package org.qarin.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qarin.export.OutputFormat;
import org.qarin.model.FindingKind;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.ReadOptions;

class BatchRunnerTest {
  @TempDir Path dir;

  /** Source and target folders with {@code n} copies of the corpus sample and one broken pair. */
  private List<PairSpec> pairs(int n) throws IOException {
    Path ar = Files.createDirectories(dir.resolve("ar"));
    Path en = Files.createDirectories(dir.resolve("en"));
    for (int k = 0; k < n; k++) {
      Files.copy(Path.of("corpus/sample/statement-ar.txt"), ar.resolve("pair" + k + ".txt"));
      Files.copy(Path.of("corpus/sample/statement-en.txt"), en.resolve("pair" + k + ".txt"));
    }
    Files.writeString(ar.resolve("empty.txt"), "   \n");
    Files.writeString(en.resolve("empty.txt"), "Some English text.");
    return Manifest.folders(ar, en);
  }

  private BatchOptions options(Path out, boolean resume) {
    return new BatchOptions(
        out,
        List.of(OutputFormat.HTML, OutputFormat.JSON),
        resume,
        2,
        ReadOptions.defaults(),
        QarinOptions.defaults());
  }

  /**
   * A compilation: two sections of other news around the corpus sample's English under a heading of
   * its own, audited against the sample's Arabic. The batch writes the compilation's one-page view,
   * whose row for the sample's section links the pair's report.
   */
  @Test
  void aCompilationGetsAOnePageViewOfWhichSourceEachSectionRenders() throws Exception {
    Path en = Files.createDirectories(dir.resolve("en"));
    String other =
        "Heavy rain flooded several villages on Monday. Rescue teams evacuated dozens of families."
            + " The roads to the valley remain closed. Farmers said the harvest was lost. The governor promised"
            + " help within a week. More rain is expected on Friday.";
    Files.writeString(
        en.resolve("weekly.txt"),
        "Floods in the north\n\n"
            + other
            + "\n\nWater for Al-Rastan\n\n"
            + Files.readString(Path.of("corpus/sample/statement-en.txt"))
            + "\n\nTalks in Geneva\n\n"
            + other.replace("rain", "snow").replace("villages", "towns"));
    List<PairSpec> pairs =
        List.of(
            new PairSpec(
                "rastan", Path.of("corpus/sample/statement-ar.txt"), en.resolve("weekly.txt")));
    Path out = dir.resolve("out");
    List<PairResult> results = BatchRunner.run(pairs, options(out, false), (d, t) -> {});
    assertThat(results.get(0).shape()).isEqualTo("partial");
    Path view = out.resolve("compilations/weekly.html");
    assertThat(view).isRegularFile();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(view.toFile());
    var rendered = page.select("#compilation tbody tr:has(a)");
    assertThat(rendered)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.selectFirst("td").text()).isEqualTo("Water for Al-Rastan");
              assertThat(row.selectFirst("a").attr("href"))
                  .isEqualTo("../rastan/statement-ar.html");
            });
    assertThat(page.select("#compilation tbody tr.k-outside td:eq(1)").eachText())
        .contains("Floods in the north", "Talks in Geneva");
    assertThat(out.resolve("rastan/statement-ar.html")).isRegularFile();
  }

  @Test
  void aFailingPairDoesNotStopTheOthers() throws Exception {
    List<PairSpec> pairs = pairs(3);
    List<PairResult> results =
        BatchRunner.run(pairs, options(dir.resolve("out"), false), (d, t) -> {});
    assertThat(results)
        .extracting(PairResult::id)
        .containsExactly("empty", "pair0", "pair1", "pair2");
    assertThat(results.get(0).ok()).isFalse();
    assertThat(results.get(0).error()).contains("empty.txt: is empty");
    assertThat(results.subList(1, 4)).allMatch(PairResult::ok);
    assertThat(dir.resolve("out/pair1/statement-ar.html"))
        .doesNotExist(); // named after the source file
    assertThat(dir.resolve("out/pair1/pair1.html")).isRegularFile();
    assertThat(dir.resolve("out/pair1/pair1.json")).isRegularFile();
  }

  @Test
  void theSummaryCountsEqualThePerPairOutputs() throws Exception {
    Path out = dir.resolve("out");
    List<PairResult> results = BatchRunner.run(pairs(2), options(out, false), (d, t) -> {});
    ObjectMapper json = new ObjectMapper();
    JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.path("pairs").asInt()).isEqualTo(3);
    assertThat(summary.path("failed").asInt()).isEqualTo(1);
    for (JsonNode pair : summary.path("results")) {
      if (pair.path("status").asText().equals("ok")) {
        String id = pair.path("id").asText();
        JsonNode own =
            json.readTree(out.resolve(id).resolve(id + ".json").toFile()).path("summary");
        assertThat(pair.path("counts")).isEqualTo(own.path("counts"));
        assertThat(pair.path("sourceSentences").asInt())
            .isEqualTo(own.path("sourceSentences").asInt());
      }
    }
    String csv = Files.readString(out.resolve("summary.csv"));
    assertThat(csv).startsWith("\uFEFFid,status,error,source_sentences");
    assertThat(csv.split("\r\n")).hasSize(4);
    int dropped = results.stream().mapToInt(r -> r.count(FindingKind.DROPPED)).sum();
    assertThat(dropped).isEqualTo(4); // two dropped sentences per sample pair
  }

  @Test
  void theCombinedTmxHoldsEveryPairsUnitsAndParses() throws Exception {
    Path out = dir.resolve("out");
    BatchRunner.run(pairs(2), options(out, false), (d, t) -> {});
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc = f.newDocumentBuilder().parse(out.resolve("all.tmx").toFile());
    int perPair = Files.readString(out.resolve("pair0/.units.tmx")).split("<tu>", -1).length - 1;
    assertThat(perPair).isGreaterThan(20);
    assertThat(doc.getElementsByTagName("tu").getLength()).isEqualTo(2 * perPair);
  }

  @Test
  void resumeSkipsFinishedPairs() throws Exception {
    Path out = dir.resolve("out");
    List<PairSpec> pairs = pairs(2);
    BatchRunner.run(pairs, options(out, false), (d, t) -> {});
    FileTime past = FileTime.fromMillis(0);
    Files.setLastModifiedTime(out.resolve("pair0/pair0.html"), past);
    Files.setLastModifiedTime(out.resolve("pair1/pair1.html"), past);
    Files.delete(
        out.resolve("pair1/result.json")); // as if the run had been killed before pair1 finished
    List<PairResult> again = BatchRunner.run(pairs, options(out, true), (d, t) -> {});
    assertThat(again).extracting(PairResult::status).containsExactly("failed", "ok", "ok");
    assertThat(Files.getLastModifiedTime(out.resolve("pair0/pair0.html"))).isEqualTo(past);
    assertThat(Files.getLastModifiedTime(out.resolve("pair1/pair1.html"))).isNotEqualTo(past);
  }

  @Test
  void progressReachesTheTotal() throws Exception {
    List<int[]> seen = new ArrayList<>();
    BatchRunner.run(
        pairs(2),
        options(dir.resolve("out"), false),
        (d, t) -> {
          synchronized (seen) {
            seen.add(new int[] {d, t});
          }
        });
    assertThat(seen).hasSize(3);
    assertThat(seen.stream().mapToInt(x -> x[0]).max().orElse(0)).isEqualTo(3);
  }

  @Test
  void noTemporaryFilesAreLeft() throws Exception {
    Path out = dir.resolve("out");
    BatchRunner.run(pairs(2), options(out, false), (d, t) -> {});
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}

package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  private static final String AR = "corpus/sample/statement-ar.txt";
  private static final String EN = "corpus/sample/statement-en.txt";

  @TempDir Path dir;

  private static List<String> files(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void noStackTrace(CliRunner r) {
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void writesHtmlAndJsonNamedAfterTheSourceIntoANewDirectory() throws IOException {
    Path out = dir.resolve("new/out");
    CliRunner r = CliRunner.run("audit", AR, EN, "--output-dir", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(files(out)).containsExactly("statement-ar.html", "statement-ar.json");
    assertThat(r.out())
        .contains("(Arabic, 30 sentences)", "(English, 29 sentences)")
        .contains("links: 32 (23 aligned, 2 moved, 4 dropped, 3 added)")
        .contains("coverage: ")
        .contains("findings: 1 critical, 5 warning, 9 info")
        .contains("dropped 2, added 1, moved 2, merged 1, split 1, number-changed 1, boilerplate 7")
        .contains(
            "wrote " + out.resolve("statement-ar.html"),
            "wrote " + out.resolve("statement-ar.json"));
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("rendering:"); // a whole translation needs no word on it
  }

  /** A compilation: the sample's English as one section among others says so in one line. */
  @Test
  void aPartialRenderingSaysWhatItRenders() throws IOException {
    String other =
        "Heavy rain flooded several villages on Monday. Rescue teams evacuated dozens of families."
            + " The roads to the valley remain closed. Farmers said the harvest was lost. The governor promised"
            + " help within a week. More rain is expected on Friday.";
    Path weekly =
        Files.writeString(
            dir.resolve("weekly.txt"),
            "Floods in the north\n\n"
                + other
                + "\n\nWater for Al-Rastan\n\n"
                + Files.readString(Path.of(EN))
                + "\n\nTalks in Geneva\n\n"
                + other.replace("rain", "snow"));
    CliRunner r =
        CliRunner.run(
            "audit", AR, weekly.toString(), "--output-dir", dir.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("rendering: partial. The translation renders source sentences 0–")
        .contains("in its section 'Water for Al-Rastan' (target sentences 7–");
  }

  @Test
  void writesEveryFormatAskedFor() throws Exception {
    CliRunner r =
        CliRunner.run(
            "audit",
            AR,
            EN,
            "--output-dir",
            dir.toString(),
            "--format",
            "html,json,tmx,xliff,tsv,csv,jsonl");
    assertThat(r.exitCode()).isZero();
    assertThat(files(dir))
        .containsExactly(
            "statement-ar.csv",
            "statement-ar.html",
            "statement-ar.json",
            "statement-ar.jsonl",
            "statement-ar.tmx",
            "statement-ar.tsv",
            "statement-ar.xlf");
    for (String xml : new String[] {"statement-ar.tmx", "statement-ar.xlf"}) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      assertThat(f.newDocumentBuilder().parse(dir.resolve(xml).toFile()).getDocumentElement())
          .isNotNull();
    }
    assertThat(Files.readAllBytes(dir.resolve("statement-ar.csv"))).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(Files.readAllLines(dir.resolve("statement-ar.jsonl"))).hasSize(32);
  }

  @Test
  void jsonHasTheContractsFindingsAndSummary() throws IOException {
    assertThat(
            CliRunner.run("audit", AR, EN, "--output-dir", dir.toString(), "--format", "json")
                .exitCode())
        .isZero();
    JsonNode root = new ObjectMapper().readTree(dir.resolve("statement-ar.json").toFile());
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).contains("qarin", "source", "target", "links", "findings", "summary");
    JsonNode changed = null;
    for (JsonNode f : root.get("findings")) {
      assertThat(
              f.has("kind")
                  && f.has("severity")
                  && f.has("source")
                  && f.has("target")
                  && f.has("message")
                  && f.has("sourceSpans")
                  && f.has("targetSpans"))
          .isTrue();
      if (f.get("kind").asText().equals("number-changed")) {
        changed = f;
      }
    }
    assertThat(changed).isNotNull();
    assertThat(changed.get("severity").asText()).isEqualTo("critical");
    assertThat(changed.get("message").asText())
        .isEqualTo("40 in the source is 45 in the translation");
    int[] span = {
      changed.get("sourceSpans").get(0).get(0).asInt(),
      changed.get("sourceSpans").get(0).get(1).asInt()
    };
    assertThat(root.get("source").get("text").asText().substring(span[0], span[1])).isEqualTo("40");
    JsonNode summary = root.get("summary");
    assertThat(summary.get("sourceSentences").asInt()).isEqualTo(30);
    assertThat(summary.get("targetSentences").asInt()).isEqualTo(29);
    assertThat(summary.get("coverage").asDouble()).isBetween(0.5, 1.0);
    assertThat(summary.get("counts").get("dropped").asInt()).isEqualTo(2);
    assertThat(summary.get("counts").get("boilerplate").asInt()).isEqualTo(7);
  }

  @Test
  void failOnExitsWithOneOnlyWhenSuchFindingsExist() {
    String out = dir.toString();
    assertThat(
            CliRunner.run("audit", AR, EN, "--output-dir", out, "--fail-on", "dropped").exitCode())
        .isEqualTo(1);
    assertThat(
            CliRunner.run("audit", AR, EN, "--output-dir", out, "--fail-on", "date-changed")
                .exitCode())
        .isZero();
    assertThat(
            CliRunner.run("audit", AR, EN, "--output-dir", out, "--fail-on", "name,date")
                .exitCode())
        .isZero();
    assertThat(
            CliRunner.run("audit", AR, EN, "--output-dir", out, "--fail-on", "date-changed,number")
                .exitCode())
        .isEqualTo(1);
    assertThat(CliRunner.run("audit", AR, EN, "--output-dir", out, "--fail-on", "any").exitCode())
        .isEqualTo(1);
    assertThat(CliRunner.run("audit", AR, EN, "--output-dir", out).exitCode()).isZero();
  }

  /** Issue 13: --fail-on fired on info findings, whose evidence is too weak to act on. */
  @Test
  void failOnCountsWarningsAndAboveOnly() {
    String out = dir.toString();
    // the sample's seven boilerplate findings are all info
    assertThat(
            CliRunner.run("audit", AR, EN, "--output-dir", out, "--fail-on", "boilerplate")
                .exitCode())
        .isZero();
  }

  @Test
  void minConfidenceLeavesFindingsOutOfTheOutputAndOfFailOn() throws IOException {
    String out = dir.toString();
    CliRunner r =
        CliRunner.run(
            "audit", AR, EN, "--output-dir", out, "--min-confidence", "1", "--fail-on", "any");
    assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
    String json = Files.readString(dir.resolve("statement-ar.json"));
    for (String confidence : json.split("\"confidence\": ")) {
      if (Character.isDigit(confidence.charAt(0))) {
        assertThat(Double.parseDouble(confidence.substring(0, confidence.indexOf('}')).strip()))
            .isEqualTo(1.0);
      }
    }
    CliRunner bad = CliRunner.run("audit", AR, EN, "--output-dir", out, "--min-confidence", "1.5");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'1.5' is not a number from 0 to 1");
  }

  @Test
  void unknownFormatOrKindIsAUsageErrorAndWritesNothing() throws IOException {
    Path out = dir.resolve("out");
    CliRunner r =
        CliRunner.run("audit", AR, EN, "--output-dir", out.toString(), "--format", "html,pdf");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("unknown format 'pdf' (use html, json, tmx, xliff, tsv, csv, jsonl)");
    assertThat(files(out)).isEmpty();
    CliRunner k =
        CliRunner.run("audit", AR, EN, "--output-dir", out.toString(), "--fail-on", "typo");
    assertThat(k.exitCode()).isEqualTo(2);
    assertThat(k.err()).contains("unknown finding kind 'typo'");
    assertThat(files(out)).isEmpty();
    noStackTrace(r);
  }

  @Test
  void unwritableOutputDirectoryIsExit74WithOneLineAndNoFiles() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRunner r = CliRunner.run("audit", AR, EN, "--output-dir", file.resolve("sub").toString());
    assertThat(r.exitCode()).isEqualTo(74);
    assertThat(r.err())
        .isEqualTo(
            "qarin: "
                + file.resolve("sub")
                + ": cannot be created ("
                + file
                + " is a file); choose another --output-dir\n");
    assertThat(files(dir)).containsExactly("a-file");
    CliRunner same = CliRunner.run("audit", AR, EN, "--output-dir", file.toString());
    assertThat(same.exitCode()).isEqualTo(74);
    assertThat(same.err().lines()).hasSize(1);
    assertThat(files(dir)).containsExactly("a-file");
    noStackTrace(same);
  }

  @Test
  void missingInputIsExit66AndNoFiles() throws IOException {
    Path out = dir.resolve("out");
    CliRunner r =
        CliRunner.run(
            "audit", AR, dir.resolve("nope.txt").toString(), "--output-dir", out.toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(files(out)).isEmpty();
    noStackTrace(r);
  }

  @Test
  void twoEnglishInputsAreExit65AndNoFiles() throws IOException {
    Path out = dir.resolve("out");
    CliRunner r = CliRunner.run("audit", EN, EN, "--output-dir", out.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("is English");
    assertThat(files(out)).isEmpty();
    noStackTrace(r);
  }

  @Test
  void standardInputForOneSideAndNotForBoth() throws IOException {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(EN))));
      CliRunner r =
          CliRunner.run("audit", AR, "-", "--output-dir", dir.toString(), "--format", "json");
      assertThat(r.exitCode()).isZero();
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(AR))));
      CliRunner s =
          CliRunner.run("audit", "-", EN, "--output-dir", dir.toString(), "--format", "json");
      assertThat(s.exitCode()).isZero();
      assertThat(files(dir)).containsExactly("statement-ar.json", "stdin.json");
      System.setIn(new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));
      assertThat(CliRunner.run("audit", "-", "-", "--output-dir", dir.toString()).exitCode())
          .isEqualTo(2);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void rerunReplacesTheFilesAndLeavesNoTemporaryFiles() throws IOException {
    Files.writeString(dir.resolve("statement-ar.json"), "old");
    assertThat(CliRunner.run("audit", AR, EN, "--output-dir", dir.toString()).exitCode()).isZero();
    assertThat(files(dir)).containsExactly("statement-ar.html", "statement-ar.json");
    assertThat(Files.readString(dir.resolve("statement-ar.json"))).startsWith("{");
  }
}

package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final Path SAMPLE = Path.of("corpus/sample");

  @TempDir Path dir;

  @Test
  void goldAgainstItselfScoresOne() {
    String gold = SAMPLE.resolve("gold").toString();
    CliRunner r = CliRunner.run("eval", "--gold", gold, "--test", gold);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"f1_strict\": 1.0", "\"f1_lax\": 1.0");
  }

  @Test
  void runScoresCaseFoldersAndCountsMovedSentencesFound() throws IOException {
    // the sample moves source sentences 23 and 24 ([23]:[6], [24]:[7]); qarin finds both, and a
    // move it did not make (source 0 is aligned in place) counts as planted but not found
    Path c = Files.createDirectories(dir.resolve("cases/sample"));
    Files.copy(SAMPLE.resolve("statement-ar.sentences"), c.resolve("source"));
    Files.copy(SAMPLE.resolve("statement-en.sentences"), c.resolve("target"));
    String gold = Files.readString(SAMPLE.resolve("gold")).replace("[0]:[0]", "[0]:[1]");
    Files.writeString(c.resolve("gold"), gold);
    Files.writeString(
        c.resolve("edits.tsv"),
        "kind\tsource\tdetail\nmoved\t23\tmoved\nmoved\t24\tmoved\nmoved\t0\tmoved\n");
    CliRunner r = CliRunner.run("eval", "--run", dir.resolve("cases").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"scope\": \"all (1 cases)\"");
    assertThat(r.out())
        .contains("{\"scope\": \"moved\", \"planted\": 3, \"found\": 2, \"share\": 0.6667}");
  }

  @Test
  void folderNamesWithQuotesAndBackslashesGiveValidJsonLines() throws IOException {
    // an AlignAR-style folder: DOMAIN/{ar,en,gold}/NNN, each domain scored on a line of its own
    Path domain = dir.resolve("odd").resolve("a \"quoted\" \\ domain");
    Files.copy(
        SAMPLE.resolve("statement-ar.sentences"),
        Files.createDirectories(domain.resolve("ar")).resolve("001"));
    Files.copy(
        SAMPLE.resolve("statement-en.sentences"),
        Files.createDirectories(domain.resolve("en")).resolve("001"));
    Files.copy(
        SAMPLE.resolve("gold"), Files.createDirectories(domain.resolve("gold")).resolve("001"));
    CliRunner r = CliRunner.run("eval", "--run", dir.resolve("odd").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> scopes = new java.util.ArrayList<>();
    for (String line : r.out().strip().split("\n")) {
      scopes.add(json.readTree(line).path("scope").asText());
    }
    assertThat(scopes).contains("a \"quoted\" \\ domain");
  }
}

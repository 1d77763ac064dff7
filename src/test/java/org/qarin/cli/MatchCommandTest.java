package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qarin match} end to end on tiny folders: the sample pair plus an unrelated document each.
 */
class MatchCommandTest {
  private static final Path SAMPLE = Path.of("corpus/sample");

  @TempDir Path dir;

  private Path arabic() throws IOException {
    Path ar = Files.createDirectories(dir.resolve("ar"));
    Files.copy(SAMPLE.resolve("statement-ar.txt"), ar.resolve("statement-ar.txt"));
    Files.writeString(
        ar.resolve("weather-ar.txt"),
        "هطلت أمطار غزيرة على المدينة طوال ليلة الأحد.\nوتوقعت الأرصاد الجوية انخفاض درجات الحرارة في الأيام المقبلة.\n",
        StandardCharsets.UTF_8);
    return ar;
  }

  private Path english() throws IOException {
    Path en = Files.createDirectories(dir.resolve("en"));
    Files.copy(SAMPLE.resolve("statement-en.txt"), en.resolve("statement-en.txt"));
    Files.writeString(
        en.resolve("football-en.txt"),
        "The home team won the cup final after extra time.\nIts captain lifted the trophy in front of forty thousand fans.\n",
        StandardCharsets.UTF_8);
    return en;
  }

  @Test
  void findsTheTranslationAndSaysWhenThereIsNone() throws IOException {
    CliRunner r = CliRunner.run("match", arabic().toString(), english().toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("source\ttarget\tscore\tsource_coverage\ttarget_coverage\taligned\tverdict");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("statement-ar.txt\tstatement-en.txt\t").endsWith("\twhole");
    assertThat(lines.get(2)).isEqualTo("weather-ar.txt\t\t\t\t\t\tnone");
  }

  @Test
  void writesJsonAtomicallyAndTheSameWithOneThread() throws IOException {
    Path ar = arabic();
    Path en = english();
    Path out = dir.resolve("m.json");
    assertThat(
            CliRunner.run(
                    "match", ar.toString(), en.toString(), "--format", "json", "-o", out.toString())
                .exitCode())
        .isZero();
    String json = Files.readString(out);
    assertThat(json)
        .contains("\"target\": \"statement-en.txt\"")
        .contains("\"source\": \"weather-ar.txt\"");
    CliRunner one =
        CliRunner.run("match", ar.toString(), en.toString(), "--format", "json", "--threads", "1");
    assertThat(one.out()).isEqualTo(json);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("ar", "en", "m.json");
    }
  }

  @Test
  void auditsTheMatchedPairs() throws IOException {
    Path out = dir.resolve("audits");
    CliRunner r =
        CliRunner.run(
            "match",
            arabic().toString(),
            english().toString(),
            "--audit",
            "--output-dir",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("statement-ar--statement-en/statement-ar.json")).exists();
    assertThat(out.resolve("summary.csv")).exists();
    try (var pairs = Files.list(out)) {
      assertThat(pairs.filter(Files::isDirectory).count()).isEqualTo(1);
    }
  }

  @Test
  void badFoldersGiveOneLineAndNoOutput() throws IOException {
    Path en = english();
    Path out = dir.resolve("m.tsv");
    check(
        CliRunner.run("match", dir.resolve("nope").toString(), en.toString(), "-o", out.toString()),
        ExitCodes.NO_INPUT,
        "no such directory");
    check(
        CliRunner.run(
            "match",
            en.resolve("statement-en.txt").toString(),
            en.toString(),
            "-o",
            out.toString()),
        ExitCodes.NO_INPUT,
        "is not a directory");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    check(
        CliRunner.run("match", empty.toString(), en.toString(), "-o", out.toString()),
        ExitCodes.DATA,
        "has no readable documents");
    check(
        CliRunner.run("match", en.toString(), en.toString(), "-o", out.toString()),
        ExitCodes.DATA,
        "holds only English documents");
    assertThat(out).doesNotExist();
  }

  private static void check(CliRunner r, int code, String message) {
    assertThat(r.exitCode()).isEqualTo(code);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("qarin: ").contains(message);
  }
}

package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  @TempDir Path dir;

  private Path manifest(boolean withBrokenPair) throws IOException {
    Files.copy(Path.of("corpus/sample/statement-ar.txt"), dir.resolve("a.txt"));
    Files.copy(Path.of("corpus/sample/statement-en.txt"), dir.resolve("b.txt"));
    String lines =
        "source\ttarget\tid\na.txt\tb.txt\tsample\n"
            + (withBrokenPair ? "missing.txt\tb.txt\tbroken\n" : "");
    return Files.writeString(dir.resolve("pairs.tsv"), lines);
  }

  @Test
  void allPairsDoneIsExitZeroAndQuietOnAPipe() throws IOException {
    CliRunner r =
        CliRunner.run(
            "batch", manifest(false).toString(), "--output-dir", dir.resolve("out").toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty(); // no progress bar when standard error is not a terminal
    assertThat(r.out()).contains("1 pairs, 1 done, 0 failed");
    assertThat(dir.resolve("out/sample/a.html")).isRegularFile();
    assertThat(dir.resolve("out/summary.csv")).isRegularFile();
    assertThat(dir.resolve("out/all.tmx")).isRegularFile();
  }

  @Test
  void countsAreWrittenInAsciiDigitsWhateverTheDefaultLocale() throws IOException {
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab")); // ١ ٢ ٣
    try {
      CliRunner r =
          CliRunner.run(
              "batch",
              manifest(false).toString(),
              "--output-dir",
              dir.resolve("out").toString(),
              "--format",
              "json");
      assertThat(r.out()).contains("1 pairs, 1 done, 0 failed");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void aFailedPairIsReportedAndGivesExit65() throws IOException {
    CliRunner r =
        CliRunner.run(
            "batch",
            manifest(true).toString(),
            "--output-dir",
            dir.resolve("out").toString(),
            "--format",
            "json");
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.err())
        .startsWith("qarin: broken: ")
        .contains("missing.txt: no such file")
        .doesNotContain("\tat ");
    assertThat(Files.readString(dir.resolve("out/summary.csv"))).contains("broken,failed,");
    assertThat(dir.resolve("out/sample/a.json")).isRegularFile();
    assertThat(dir.resolve("out/sample/a.html")).doesNotExist();
  }

  @Test
  void aMissingManifestIsExit66() {
    assertThat(CliRunner.run("batch", dir.resolve("none.tsv").toString()).exitCode()).isEqualTo(66);
  }

  @Test
  void progressBarShowsRateAndTimeLeft() {
    String line = ProgressBarAccess.line(50, 200, 10.0);
    assertThat(line)
        .contains("50/200")
        .contains(" 25%")
        .contains("5.0 pairs/s")
        .contains("0:30 left");
  }

  @Test
  void theBarStaysOffWhenStandardErrorIsNotATerminal() {
    // the test JVM's standard error is a pipe to Maven, whatever the console of the machine
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")),
        "no /proc here");
    assertThat(ProgressBarAccess.standardErrorIsTerminal()).isFalse();
  }
}

package org.qarin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jar that {@code package} built, as users run it: segment, align and audit on the sample
 * in {@code corpus/}, each exiting 0 with nothing on stderr; and the jar carries the licences.
 * Failsafe runs it after {@code package}, so a broken shading (a missing service file, a model left
 * out, logging noise) fails the build rather than the first user.
 */
class JarSmokeIT {
  private static final Path JAR = Path.of("target", "qarin.jar");
  private static final String SOURCE = "corpus/sample/statement-ar.txt";
  private static final String TARGET = "corpus/sample/statement-en.txt";

  private record Run(int exit, String out, String err) {
    /** Exit 0 with nothing on standard error, as every command on good input must. */
    Run succeeded() {
      assertThat(err).isEmpty();
      assertThat(exit).isZero();
      return this;
    }
  }

  private static Run qarin(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = workDir.resolve("stdout.txt");
    Path err = workDir.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("qarin " + String.join(" ", args) + " did not finish");
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void segmentsTheSample(@TempDir Path dir) throws Exception {
    Run r = qarin(dir, "segment", SOURCE);
    r.succeeded();
    assertThat(r.out().lines().count()).isGreaterThan(5);
  }

  @Test
  void alignsTheSample(@TempDir Path dir) throws Exception {
    Path links = dir.resolve("links.txt");
    Run r = qarin(dir, "align", SOURCE, TARGET, "-o", links.toString());
    r.succeeded();
    assertThat(Files.readString(links, StandardCharsets.UTF_8)).contains("]:[");
  }

  @Test
  void auditsTheSample(@TempDir Path dir) throws Exception {
    Path reports = dir.resolve("reports");
    Run r = qarin(dir, "audit", SOURCE, TARGET, "--output-dir", reports.toString());
    r.succeeded();
    assertThat(reports.resolve("statement-ar.html")).exists();
    assertThat(reports.resolve("statement-ar.json")).exists();
  }

  @Test
  void writesEveryFormat(@TempDir Path dir) throws Exception {
    Path reports = dir.resolve("reports");
    Run r =
        qarin(
            dir,
            "audit",
            SOURCE,
            TARGET,
            "--output-dir",
            reports.toString(),
            "--format",
            "html,json,tmx,xliff,tsv,csv,jsonl");
    r.succeeded();
    try (var files = Files.list(reports)) {
      assertThat(files.count()).isEqualTo(7);
    }
  }

  @Test
  void matchesAndAuditsFolders(@TempDir Path dir) throws Exception {
    Path ar = Files.createDirectories(dir.resolve("ar"));
    Path en = Files.createDirectories(dir.resolve("en"));
    Files.copy(Path.of(SOURCE), ar.resolve("statement.txt"));
    Files.copy(Path.of(TARGET), en.resolve("statement.txt"));
    Run match =
        qarin(
            dir,
            "match",
            ar.toString(),
            en.toString(),
            "--audit",
            "--output-dir",
            dir.resolve("matched").toString());
    assertThat(match.exit()).isZero();
    assertThat(match.out()).contains("statement.txt");
    Run batch =
        qarin(
            dir,
            "batch",
            ar.toString(),
            en.toString(),
            "--output-dir",
            dir.resolve("batch").toString());
    batch.succeeded();
    assertThat(batch.out()).contains("1 pairs, 1 done, 0 failed");
  }

  @Test
  void carriesTheLicencesOfWhatItBundles() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
      assertThat(jar.getEntry("META-INF/NOTICE")).isNotNull();
      assertThat(jar.getEntry("models/README.md")).isNotNull();
      String thirdParty =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/THIRD-PARTY.txt")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(thirdParty)
          .contains(
              "icu4j", "UNICODE LICENSE V3", "GNU GENERAL PUBLIC LICENSE", "lexicon-dict.tsv.gz");
    }
  }

  /**
   * Spark puts its own Jackson, ICU and SLF4J first on the classpath: every class of qarin's must
   * live under qarin's own names, multi-release variants included, or qarin would run on Spark's.
   */
  @Test
  void keepsItsJacksonIcuAndSlf4jUnderItsOwnNames() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> unrelocated =
          jar.stream()
              .map(java.util.jar.JarEntry::getName)
              .map(n -> n.replaceFirst("^META-INF/versions/[0-9]+/", ""))
              .filter(
                  n ->
                      n.startsWith("com/fasterxml/")
                          || n.startsWith("com/ibm/icu/")
                          || n.startsWith("org/slf4j/"))
              .toList();
      assertThat(unrelocated).isEmpty();
      assertThat(jar.getEntry("org/qarin/shaded/jackson/databind/ObjectMapper.class")).isNotNull();
      assertThat(jar.getEntry("org/qarin/shaded/icu/text/Normalizer2.class")).isNotNull();
    }
  }

  @Test
  void helpTellsHowToRunOnSpark(@TempDir Path dir) throws Exception {
    Run help = qarin(dir, "--help").succeeded();

    assertThat(help.out())
        .contains("spark-submit --class org.qarin.spark.BatchJob")
        .contains("spark-submit --class org.qarin.spark.MatchJob");
  }
}

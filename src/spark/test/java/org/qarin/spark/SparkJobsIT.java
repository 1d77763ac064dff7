package org.qarin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark jobs as a cluster runs them: {@code target/qarin.jar} submitted through Spark's own
 * {@code SparkSubmit} at {@code local[2]}, on Spark's classpath alone (resolved apart from qarin's,
 * in {@code target/spark-classpath.txt}), so that the relocation of qarin's Jackson, ICU and SLF4J
 * is tested too. Outputs are compared byte for byte with {@code qarin batch} on the same manifest.
 */
class SparkJobsIT {
  private static final Path JAR = Path.of("target/qarin.jar").toAbsolutePath();
  private static final Path SPARK_CLASSPATH = Path.of("target/spark-classpath.txt");
  private static final Path SEEDS = Path.of("../shared/seeds").toAbsolutePath();
  private static final int GENERATED = 50;

  @TempDir static Path dir;

  /** What qarin batch writes for the manifest. */
  private static Map<String, byte[]> expected;

  /** The manifest's pairs (the seed compilation only where ../shared/seeds is). */
  private static int pairs;

  @BeforeAll
  static void inputsAndLocalBatch() throws Exception {
    List<String> rows = new ArrayList<>();
    Files.createDirectories(dir.resolve("ar"));
    Files.createDirectories(dir.resolve("en"));
    List<String> arabic = paragraphs(Path.of("corpus/sample/statement-ar.txt"));
    List<String> english = paragraphs(Path.of("corpus/sample/statement-en.txt"));
    for (int k = 0; k < GENERATED; k++) {
      // each pair leaves out other paragraphs: sentences dropped, added, or both
      String name = String.format("p%02d.txt", k);
      Files.writeString(dir.resolve("ar").resolve(name), without(arabic, k % 15, (k * 3) % 17));
      Files.writeString(dir.resolve("en").resolve(name), without(english, (k * 7) % 14, k % 19));
      rows.add("ar/" + name + "\ten/" + name);
    }
    Files.writeString(dir.resolve("en/empty.txt"), "");
    rows.add("ar/p00.txt\ten/empty.txt\tempty-target");
    rows.add("ar/p01.txt\tar/p02.txt\twrong-language");
    rows.add("ar/p03.txt\ten/missing.txt\tmissing-target");
    if (Files.isDirectory(SEEDS)) {
      // a compilation: the Enab Baladi statement rendered in one section of the English article
      rows.add(
          SEEDS.resolve("004_3861e5e1ac816081.txt")
              + "\t"
              + SEEDS.resolve("000_b2979d9f68ccebc8.txt")
              + "\tseed-compilation");
    }
    Files.write(dir.resolve("manifest.tsv"), rows);
    pairs = rows.size();
    Files.write(dir.resolve("first-part.tsv"), rows.subList(0, 20));

    Run local = qarin("batch", "manifest.tsv", "--output-dir", "local");
    assertThat(local.exit).as(local.output).isEqualTo(65);
    expected = tree(dir.resolve("local"));
    assertThat(expected).containsKeys("summary.csv", "summary.json", "all.tmx", "p00/result.json");
    if (Files.isDirectory(SEEDS)) {
      assertThat(expected).containsKey("compilations/000_b2979d9f68ccebc8.html");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void batchOnSparkWritesWhatQarinBatchWrites(int partitions) throws Exception {
    String out = "spark-" + partitions;
    Run spark = sparkBatch("manifest.tsv", out, "--partitions", String.valueOf(partitions));

    assertThat(spark.exit).as(spark.output).isEqualTo(65);
    assertThat(spark.output)
        .contains("qarin: missing-target: ")
        .contains("qarin: empty-target: ")
        .contains("qarin: wrong-language: ")
        .contains(pairs + " pairs, " + (pairs - 3) + " done, 3 failed");
    assertSameTree(dir.resolve(out));
  }

  @Test
  void resumeFinishesTheRestAndLeavesFinishedPairsUntouched() throws Exception {
    Run first = sparkBatch("first-part.tsv", "resumed", "--partitions", "2");
    assertThat(first.exit).as(first.output).isZero();
    Map<String, FileTime> finished = modified(dir.resolve("resumed"), "p0");
    assertThat(finished).containsKey("p05/result.json").doesNotContainKey("p30/result.json");

    Run rest = sparkBatch("manifest.tsv", "resumed", "--resume", "--partitions", "5");

    assertThat(rest.exit).as(rest.output).isEqualTo(65);
    assertSameTree(dir.resolve("resumed"));
    assertThat(modified(dir.resolve("resumed"), "p0")).isEqualTo(finished);
  }

  @Test
  void badOptionsEndWithAOneLineErrorBeforeSparkStarts() throws Exception {
    Run bad = sparkBatch("manifest.tsv", "bad", "--format", "pdf");

    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.output).contains("pdf").doesNotContain("Exception");
    assertThat(dir.resolve("bad")).doesNotExist();

    Run missing = sparkBatch("no-such-manifest.tsv", "missing");
    assertThat(missing.exit).as(missing.output).isEqualTo(66);
    assertThat(missing.output).contains("no-such-manifest.tsv: no such file");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void matchOnSparkFindsWhatQarinMatchFinds(int partitions) throws Exception {
    Path ar = Files.createDirectories(dir.resolve("match-" + partitions + "/ar"));
    Path en = Files.createDirectories(dir.resolve("match-" + partitions + "/en"));
    for (int k = 0; k < 12; k++) {
      String name = String.format("p%02d.txt", k);
      Files.copy(dir.resolve("ar").resolve(name), ar.resolve(name));
      // every third source has no counterpart
      if (k % 3 != 2) {
        Files.copy(dir.resolve("en").resolve(name), en.resolve("en-" + name));
      }
    }
    Files.writeString(en.resolve("empty.txt"), "");
    if (Files.isDirectory(SEEDS)) {
      try (Stream<Path> seeds = Files.list(SEEDS)) {
        for (Path seed : seeds.sorted().toList()) {
          Path side = seed.getFileName().toString().startsWith("004") ? ar : en;
          Files.copy(seed, side.resolve(seed.getFileName()));
        }
      }
    }
    String base = "match-" + partitions;
    for (String format : List.of("tsv", "json")) {
      Run local =
          qarin(
              "match",
              base + "/ar",
              base + "/en",
              "--format",
              format,
              "-o",
              base + "/local." + format);
      Run spark =
          sparkSubmit(
              "org.qarin.spark.MatchJob",
              base + "/ar",
              base + "/en",
              "--format",
              format,
              "-o",
              base + "/spark." + format,
              "--partitions",
              String.valueOf(partitions));

      assertThat(local.exit).as(local.output).isZero();
      assertThat(spark.exit).as(spark.output).isZero();
      assertThat(spark.output).contains("qarin: warning: " + base + "/en/empty.txt");
      assertThat(Files.readString(dir.resolve(base + "/spark." + format)))
          .isEqualTo(Files.readString(dir.resolve(base + "/local." + format)))
          .contains("en-p00.txt");
    }

    Run localAudit =
        qarin(
            "match", base + "/ar", base + "/en", "--audit", "--output-dir", base + "/local-audit");
    Run sparkAudit =
        sparkSubmit(
            "org.qarin.spark.MatchJob",
            base + "/ar",
            base + "/en",
            "--audit",
            "--output-dir",
            base + "/spark-audit",
            "--partitions",
            String.valueOf(partitions));

    assertThat(localAudit.exit).as(localAudit.output).isZero();
    assertThat(sparkAudit.exit).as(sparkAudit.output).isZero();
    assertThat(sparkAudit.output).contains("qarin: audited ");
    Map<String, byte[]> audited = tree(dir.resolve(base + "/local-audit"));
    assertThat(audited).containsKeys("summary.csv", "p00--en-p00/result.json");
    assertSameTree(dir.resolve(base + "/spark-audit"), audited);
  }

  private static void assertSameTree(Path actual) throws IOException {
    assertSameTree(actual, expected);
  }

  private static void assertSameTree(Path actual, Map<String, byte[]> expected) throws IOException {
    Map<String, byte[]> got = tree(actual);
    assertThat(got.keySet()).isEqualTo(expected.keySet());
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      assertThat(new String(got.get(e.getKey()), StandardCharsets.UTF_8))
          .as(e.getKey())
          .isEqualTo(new String(e.getValue(), StandardCharsets.UTF_8));
    }
  }

  /** qarin itself on the built jar. */
  private static Run qarin(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  private static Run sparkBatch(String manifest, String out, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of(manifest, "--output-dir", out));
    args.addAll(List.of(options));
    return sparkSubmit("org.qarin.spark.BatchJob", args.toArray(String[]::new));
  }

  private static Run sparkSubmit(String job, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                javaBin(),
                "-cp",
                Files.readString(SPARK_CLASSPATH).trim(),
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                "local[2]",
                "--conf",
                "spark.ui.enabled=false",
                "--class",
                job,
                JAR.toString()));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  private record Run(int exit, String output) {}

  private static Run run(List<String> cmd) throws Exception {
    Path log = Files.createTempFile(dir, "run", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(String.join(" ", cmd)).isTrue();
    String output = Files.readString(log);
    Files.delete(log);
    return new Run(p.exitValue(), output);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Every file under a folder, hidden ones included, by relative path. */
  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static Map<String, FileTime> modified(Path root, String prefix) throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(f).toString();
        if (rel.startsWith(prefix) && rel.contains("/")) {
          times.put(rel, Files.getLastModifiedTime(f));
        }
      }
    }
    return times;
  }

  private static List<String> paragraphs(Path file) throws IOException {
    return List.of(Files.readString(file).strip().split("\n\\s*\n"));
  }

  private static String without(List<String> paragraphs, int a, int b) {
    List<String> kept = new ArrayList<>();
    for (int k = 0; k < paragraphs.size(); k++) {
      if (k != a && k != b) {
        kept.add(paragraphs.get(k));
      }
    }
    return String.join("\n\n", kept) + "\n";
  }
}

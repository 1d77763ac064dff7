package org.qarin.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed with SIGKILL in the middle leaves only complete files, and a resumed run finishes
 * the rest without redoing what was finished.
 */
class BatchKillIT {
  @TempDir Path dir;

  @Test
  void killedBatchLeavesOnlyCompleteFilesAndResumes() throws Exception {
    Path ar = Files.createDirectories(dir.resolve("ar"));
    Path en = Files.createDirectories(dir.resolve("en"));
    for (int k = 0; k < 40; k++) {
      Files.copy(
          Path.of("corpus/sample/statement-ar.txt"), ar.resolve(String.format("p%02d.txt", k)));
      Files.copy(
          Path.of("corpus/sample/statement-en.txt"), en.resolve(String.format("p%02d.txt", k)));
    }
    Path out = dir.resolve("out");
    Process p = batch(ar, en, out, false).start();
    waitForSomeFinishedPairs(out, p);
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".json")) {
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()); // complete JSON
        }
        if (name.endsWith(".html")) {
          assertThat(Files.readString(f)).as(name).endsWith("</html>\n");
        }
      }
    }
    int finished = count(out);
    Process resumed = batch(ar, en, out, true).start();
    assertThat(resumed.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(resumed.exitValue()).isZero();
    assertThat(count(out)).isEqualTo(40);
    assertThat(finished).isLessThan(40);
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  private static ProcessBuilder batch(Path ar, Path en, Path out, boolean resume) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.qarin.cli.Main",
                "batch",
                ar.toString(),
                en.toString(),
                "--output-dir",
                out.toString(),
                "--threads",
                "2"));
    if (resume) {
      cmd.add("--resume");
    }
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File("/dev/null"));
  }

  private static void waitForSomeFinishedPairs(Path out, Process p) throws Exception {
    for (int k = 0; k < 600 && p.isAlive(); k++) {
      if (Files.isDirectory(out) && count(out) >= 3) {
        return;
      }
      Thread.sleep(100);
    }
  }

  private static int count(Path out) throws Exception {
    try (Stream<Path> files = Files.walk(out, 2)) {
      return (int) files.filter(f -> f.getFileName().toString().equals("result.json")).count();
    }
  }
}

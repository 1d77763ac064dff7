package org.qarin.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qarin.model.InputException;

/** An input the heap could not hold is refused before it is read, never with OutOfMemoryError. */
class MemoryLimitTest {
  @TempDir Path dir;

  @Test
  void anInputTooLargeForTheHeapIsRefusedWithWhatToDo() {
    assertThatThrownBy(() -> DocumentReader.checkMemory("big.txt", 100L << 20, 512L << 20))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "big.txt: needs about 1300 MB of memory, more than the 512 MB Java may use here;"
                + " give Java more (java -Xmx2g -jar qarin.jar ...) or split the file");
    DocumentReader.checkMemory("fits.txt", 30L << 20, 512L << 20);
  }

  /**
   * The real thing, in a JVM with a 64 MB heap: a 12 MB file would need about 160 MB, so qarin says
   * so (exit 65) instead of running out of memory (exit 70) partway through.
   */
  @Test
  void aSmallHeapRefusesUpFrontInsteadOfRunningOutOfMemory()
      throws IOException, InterruptedException {
    Path big = dir.resolve("big.txt");
    Files.writeString(
        big, "The minister said that the work continues. ".repeat(280_000), StandardCharsets.UTF_8);
    Process qarin =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.qarin.cli.Main",
                "segment",
                big.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(qarin.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(qarin.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(qarin.exitValue()).as(err).isEqualTo(65);
    assertThat(err).startsWith("qarin: " + big + ": needs about ").contains("-Xmx").endsWith("\n");
    assertThat(err.lines()).hasSize(1);
  }
}

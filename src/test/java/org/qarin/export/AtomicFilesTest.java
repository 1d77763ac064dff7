package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qarin.model.OutputException;

/** Outputs are replaced whole or not at all, whatever happens while they are written. */
class AtomicFilesTest {
  private static final String OLD = "the previous, complete report\n";

  @TempDir Path dir;

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileIntactAndNoTemporary() throws IOException {
    Path out = Files.writeString(dir.resolve("report.html"), OLD);
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    out,
                    w -> {
                      w.write("<html>half of a new report");
                      w.flush();
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("report.html: cannot be written (disk full)");
    assertThat(Files.readString(out)).isEqualTo(OLD);
    assertThat(files()).containsExactly(out);
  }

  @Test
  void aRuntimeFailureHalfwayAlsoLeavesNoTrace() throws IOException {
    Path out = dir.resolve("new.json");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    out,
                    w -> {
                      w.write("{\"half\":");
                      throw new IllegalStateException("bug while exporting");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void aSuccessfulWriteReplacesTheFileWhole() throws IOException {
    Path out = Files.writeString(dir.resolve("report.html"), OLD);
    AtomicFiles.write(out, w -> w.write("new"));
    assertThat(Files.readString(out)).isEqualTo("new");
    assertThat(files()).containsExactly(out);
  }

  @Test
  void aDirectoryIsNeverReplacedByAFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("report.html"));
    assertThatThrownBy(() -> AtomicFiles.write(folder, w -> w.write("x")))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("is a directory");
    assertThat(folder).isDirectory();
  }

  /**
   * A process killed (SIGKILL) while it writes: the output keeps its old content; only the hidden
   * temporary file beside it is incomplete.
   */
  @Test
  void killedWhileWritingTheOldFileStaysComplete() throws IOException, InterruptedException {
    Path out = Files.writeString(dir.resolve("all.tmx"), OLD);
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SlowWriter.class.getName(),
                out.toString())
            .redirectErrorStream(true)
            .start();
    try {
      waitForPartialTemporary(out);
    } finally {
      writer.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
      writer.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(Files.readString(out)).isEqualTo(OLD);
    assertThat(files())
        .hasSize(2)
        .allMatch(p -> p.equals(out) || p.getFileName().toString().startsWith(".all.tmx."));
  }

  private void waitForPartialTemporary(Path out) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      for (Path p : files()) {
        if (!p.equals(out) && Files.size(p) > 0) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the writer never started writing");
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  /** Writes a file slowly and forever, so that the test can kill it in the middle. */
  public static final class SlowWriter {
    private SlowWriter() {}

    public static void main(String[] args) {
      AtomicFiles.write(
          Path.of(args[0]),
          w -> {
            for (int i = 0; ; i++) {
              w.write("<tu>unit " + i + "</tu>\n");
              w.flush();
              sleep();
            }
          });
    }

    private static void sleep() {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** qarin only reads its inputs, and never writes its output over one of them. */
class NothingLostTest {
  @TempDir Path dir;

  @Test
  void inputsAreByteForByteTheSameAfterEveryCommand() throws IOException {
    Path ar = Files.copy(Path.of("corpus/sample/statement-ar.txt"), dir.resolve("ar.txt"));
    Path en = Files.copy(Path.of("corpus/sample/statement-en.txt"), dir.resolve("en.txt"));
    String arHash = sha256(ar);
    String enHash = sha256(en);
    List<String[]> runs =
        List.of(
            new String[] {"segment", ar.toString()},
            new String[] {
              "segment", "--format", "jsonl", en.toString(), "-o", dir.resolve("s.jsonl").toString()
            },
            new String[] {"align", ar.toString(), en.toString()},
            new String[] {
              "align", ar.toString(), en.toString(), "-o", dir.resolve("links.txt").toString()
            });
    for (String[] args : runs) {
      assertThat(CliRunner.run(args).exitCode()).as(String.join(" ", args)).isZero();
      assertThat(sha256(ar)).isEqualTo(arHash);
      assertThat(sha256(en)).isEqualTo(enHash);
    }
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path ar = Files.copy(Path.of("corpus/sample/statement-ar.txt"), dir.resolve("ar.txt"));
    Path en = Files.copy(Path.of("corpus/sample/statement-en.txt"), dir.resolve("en.txt"));
    String enHash = sha256(en);
    CliRunner r = CliRunner.run("align", ar.toString(), en.toString(), "--output", en.toString());
    assertThat(r.exitCode()).isEqualTo(74);
    assertThat(r.err()).isEqualTo("qarin: " + en + ": is also an input; write to another file\n");
    assertThat(sha256(en)).isEqualTo(enHash);
    r =
        CliRunner.run(
            "segment", ar.toString(), "-o", dir.resolve(".").resolve("ar.txt").toString());
    assertThat(r.exitCode()).isEqualTo(74);
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}

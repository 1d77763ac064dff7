package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void printsOneSentencePerLineWithWhiteSpaceFolded() throws IOException {
    Path in = file("a.txt", "First line\nof a wrapped... no.\n\nSecond one. Third!");
    CliRunner r = CliRunner.run("segment", "--lang", "en", in.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("First line\nof a wrapped... no.\nSecond one.\nThird!\n");
  }

  @Test
  void jsonlCarriesIndexParagraphAndOffsets() throws IOException {
    Path in = file("a.txt", "وصل الوفد. هل بدأ؟\n\nنعم");
    CliRunner r = CliRunner.run("segment", "--format", "jsonl", in.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().split("\n"))
        .containsExactly(
            "{\"index\":0,\"paragraph\":0,\"start\":0,\"end\":10,\"text\":\"وصل الوفد.\"}",
            "{\"index\":1,\"paragraph\":0,\"start\":11,\"end\":18,\"text\":\"هل بدأ؟\"}",
            "{\"index\":2,\"paragraph\":1,\"start\":20,\"end\":23,\"text\":\"نعم\"}");
  }

  @Test
  void writesTheOutputFileOnlyOnSuccess() throws IOException {
    Path in = file("a.txt", "One. Two.");
    Path out = dir.resolve("out.txt");
    assertThat(CliRunner.run("segment", in.toString(), "--output", out.toString()).exitCode())
        .isZero();
    assertThat(Files.readString(out)).isEqualTo("One.\nTwo.\n");

    Path missingOut = dir.resolve("never.txt");
    CliRunner r =
        CliRunner.run(
            "segment", dir.resolve("missing.txt").toString(), "-o", missingOut.toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(missingOut).doesNotExist();
  }

  @Test
  void missingFileIsExit66WithOneLine() {
    CliRunner r = CliRunner.run("segment", dir.resolve("nope.txt").toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(r.err())
        .isEqualTo("qarin: " + dir.resolve("nope.txt") + ": no such file; check the path\n");
  }

  @Test
  void directoryIsExit66() {
    CliRunner r = CliRunner.run("segment", dir.toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(r.err()).contains("is a directory").doesNotContain("Exception");
  }

  @Test
  void emptyAndWhiteSpaceOnlyFilesAreExit65() throws IOException {
    for (String text : new String[] {"", "  \n\t\n", "\u200F\u200E \n"}) {
      CliRunner r = CliRunner.run("segment", file("e.txt", text).toString());
      assertThat(r.exitCode()).as(text).isEqualTo(65);
      assertThat(r.err()).contains("e.txt: is empty");
    }
  }

  @Test
  void binaryFilesAreExit65() throws IOException {
    Path pdf =
        Files.write(dir.resolve("x.txt"), "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
    assertThat(CliRunner.run("segment", pdf.toString()).err()).contains("is a PDF document");
    Path nul = Files.write(dir.resolve("n.txt"), new byte[] {'a', 'b', 0, 'c', ' ', 'd'});
    CliRunner r = CliRunner.run("segment", nul.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.err()).contains("NUL bytes");
  }

  @Test
  void undecodableBytesAreExit65() throws IOException {
    byte[] junk = new byte[400];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + (i * 37) % 0x7F);
    }
    CliRunner r = CliRunner.run("segment", Files.write(dir.resolve("j.txt"), junk).toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.err()).startsWith("qarin: ").endsWith("\n").doesNotContain("\tat ");
  }

  @Test
  void windows1256IsDetected() throws IOException {
    String arabic =
        "أعلن مجلس الإدارة المحلية في منطقة الرستن عن خطة لإعادة تأهيل شبكة المياه. "
            + "وقال رئيس المجلس إن الخطة ستنفذ على مرحلتين خلال عامين.";
    Path in = Files.write(dir.resolve("cp.txt"), arabic.getBytes(Charset.forName("windows-1256")));
    CliRunner r = CliRunner.run("segment", in.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("أعلن مجلس").contains("\nوقال رئيس");
  }

  @Test
  void neitherArabicNorEnglishIsExit65() throws IOException {
    Path in =
        file("ru.txt", "Правительство заявило, что переговоры продолжатся на следующей неделе.");
    CliRunner r = CliRunner.run("segment", in.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.err()).contains("not Arabic or English");
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    CliRunner r = CliRunner.run("segment", "--format", "xml", file("a.txt", "Hi.").toString());
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    assertThat(CliRunner.run("segment", "--help").out()).contains("Usage: qarin segment");
    assertThat(CliRunner.run("segment", "--version").out()).startsWith("qarin ");
    assertThat(CliRunner.run("--version").exitCode()).isZero();
  }
}

package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of unusable input, through the CLI, for {@code segment} and {@code align} (where the
 * bad file is the source): the contract's exit code, exactly one line on standard error of the form
 * {@code qarin: NAME: problem; what to do}, nothing on standard output, and no output file (nor a
 * temporary one) left behind.
 */
class BadInputTest {
  private static final Pattern ONE_LINE = Pattern.compile("qarin: (.+?): (.+); (.+)\n");

  @TempDir Path dir;
  private Path arabic;
  private Path english;
  private Path output;

  @BeforeEach
  void inputs() throws IOException {
    arabic = text("ar.txt", "قال الوزير إن العمل مستمر. وأضاف أن المشروع سينتهي قريبا.\n");
    english =
        text(
            "en.txt",
            "The minister said that the work continues. He added that it will end soon.\n");
    output = dir.resolve("out").resolve("result.txt");
    Files.createDirectories(output.getParent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void missingFile(String command) {
    expect(command, dir.resolve("missing.txt"), 66, "no such file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void directory(String command) throws IOException {
    expect(command, Files.createDirectories(dir.resolve("folder.txt")), 66, "is a directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void unreadableFile(String command) throws IOException {
    Path secret = text("secret.txt", "The minister said that the work continues.");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "running as root: every file is readable");
    expect(command, secret, 66, "permission denied");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void emptyFile(String command) throws IOException {
    expect(command, text("empty.txt", ""), 65, "is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void whiteSpaceOnlyFile(String command) throws IOException {
    expect(command, text("blank.txt", " \n\t\r\n\u00A0\u200F\u0640\n"), 65, "is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void fileWithNulBytes(String command) throws IOException {
    expect(command, bytes("nul.txt", 'T', 'h', 'e', 0, 'e', 'n', 'd'), 65, "NUL bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void pngImage(String command) throws IOException {
    expect(
        command, bytes("photo.png", 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'), 65, "an image");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void pdfDocument(String command) throws IOException {
    expect(command, bytes("report.txt", '%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'), 65, "a PDF");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void zipArchive(String command) throws IOException {
    expect(command, bytes("article.docx", 'P', 'K', 3, 4, 20, 0, 6, 0), 65, "a zip archive");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void invalidUtf8WithoutADetectableEncoding(String command) throws IOException {
    byte[] junk = new byte[300];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + (i * 7) % 0x20); // C1 bytes: invalid UTF-8, control codes elsewhere
    }
    expect(command, Files.write(dir.resolve("junk.txt"), junk), 65, "encoding");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void russianText(String command) throws IOException {
    Path ru =
        text("ru.txt", "Правительство заявило, что переговоры продолжатся на следующей неделе.");
    expect(command, ru, 65, "not Arabic or English");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void chineseText(String command) throws IOException {
    Path zh = text("zh.txt", "政府表示，谈判将于下周继续。这是一个测试句子。");
    expect(command, zh, 65, "not Arabic or English");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "en"})
  void bothInputsInTheSameLanguage(String language) throws IOException {
    Path source = language.equals("ar") ? arabic : english;
    Path target = Files.copy(source, dir.resolve("copy.txt"));
    CliRunner r =
        CliRunner.run("align", source.toString(), target.toString(), "-o", output.toString());
    assertFailure(r, 65, target.toString(), "like " + source);
  }

  @ParameterizedTest
  @ValueSource(strings = {"source", "target"})
  void moreSentencesThanTheLimit(String side) throws IOException {
    Path big = text("big.txt", "One more sentence here. ".repeat(5) + "The end of it.");
    Path small = text("small.txt", "قال الوزير إن العمل مستمر. وأضاف أن المشروع سينتهي قريبا.");
    boolean source = side.equals("source");
    CliRunner r =
        CliRunner.run(
            "align",
            "--max-sentences",
            "5",
            (source ? big : small).toString(),
            (source ? small : big).toString(),
            "-o",
            output.toString());
    assertFailure(r, 65, big.toString(), "has 6 sentences, more than the 5");
    assertThat(r.err()).contains("--max-sentences");
    CliRunner raised =
        CliRunner.run("align", "--max-sentences", "6", small.toString(), big.toString());
    assertThat(raised.exitCode()).as(raised.err()).isZero();
  }

  @Test
  void modelsFolderWithoutALexicon() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("models"));
    CliRunner r =
        CliRunner.run(
            "align",
            arabic.toString(),
            english.toString(),
            "--models",
            empty.toString(),
            "-o",
            output.toString());
    assertFailure(r, 66, empty.toString(), "holds no readable lexicon");
  }

  @Test
  void matchWithAModelsFolderWithoutALexicon() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("models"));
    Path ar = Files.createDirectories(dir.resolve("ar"));
    Path en = Files.createDirectories(dir.resolve("en"));
    Files.copy(arabic, ar.resolve("a.txt"));
    Files.copy(english, en.resolve("a.txt"));
    CliRunner r =
        CliRunner.run(
            "match",
            ar.toString(),
            en.toString(),
            "--models",
            empty.toString(),
            "-o",
            output.toString());
    assertFailure(r, 66, empty.toString(), "holds no readable lexicon");
  }

  /** batch and match share one --threads option, and reject 0 alike. */
  @ParameterizedTest
  @ValueSource(strings = {"batch", "match"})
  void noThreads(String command) throws IOException {
    Path ar = Files.createDirectories(dir.resolve("ar-" + command));
    Path en = Files.createDirectories(dir.resolve("en-" + command));
    Files.copy(arabic, ar.resolve("a.txt"));
    Files.copy(english, en.resolve("a.txt"));
    CliRunner r = CliRunner.run(command, ar.toString(), en.toString(), "--threads", "0");
    assertFailure(r, 2, command, "'0' is not a positive whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void unknownFormat(String command) {
    List<String> args = new ArrayList<>(args(command, arabic));
    args.addAll(List.of("--format", "docx"));
    assertFailure(CliRunner.run(args.toArray(String[]::new)), 2, command, "'docx'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void outputUnderARegularFile(String command) {
    output = english.resolve("result.txt");
    CliRunner r = CliRunner.run(args(command, arabic).toArray(String[]::new));
    assertFailure(r, 74, output.toString(), "not a directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void outputInAMissingDirectory(String command) {
    output = dir.resolve("no-such-folder").resolve("result.txt");
    CliRunner r = CliRunner.run(args(command, arabic).toArray(String[]::new));
    assertFailure(r, 74, output.toString(), "does not exist");
  }

  @ParameterizedTest
  @ValueSource(strings = {"segment", "align"})
  void outputInAReadOnlyDirectory(String command) throws IOException {
    Files.setPosixFilePermissions(output.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeFalse(
        Files.isWritable(output.getParent()), "running as root: every directory is writable");
    CliRunner r = CliRunner.run(args(command, arabic).toArray(String[]::new));
    assertFailure(r, 74, output.toString(), "permission denied");
  }

  /** Runs {@code command} on the bad input (as the source for align) and checks the answer. */
  private void expect(String command, Path bad, int exitCode, String problem) {
    CliRunner r = CliRunner.run(args(command, bad).toArray(String[]::new));
    assertFailure(r, exitCode, bad.toString(), problem);
  }

  private List<String> args(String command, Path input) {
    List<String> args = new ArrayList<>(List.of(command, input.toString()));
    if (command.equals("align")) {
      args.add(english.toString());
    }
    args.addAll(List.of("--output", output.toString()));
    return args;
  }

  private void assertFailure(CliRunner r, int exitCode, String name, String problem) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
    Matcher m = ONE_LINE.matcher(r.err());
    assertThat(m.matches())
        .as("one line 'qarin: NAME: problem; what to do', got: " + r.err())
        .isTrue();
    assertThat(m.group(1)).isEqualTo(name);
    assertThat(m.group(2) + "; " + m.group(3)).containsIgnoringCase(problem);
    assertThat(m.group(3)).as("says what to do").isNotBlank();
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
    assertThat(Files.exists(output)).as(output + " exists").isFalse();
    assertThat(leftovers()).as("temporary files").isEmpty();
  }

  private List<Path> leftovers() {
    Path folder = output.getParent();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Path text(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path bytes(String name, int... values) throws IOException {
    byte[] b = new byte[values.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) values[i];
    }
    return Files.write(dir.resolve(name), b);
  }
}

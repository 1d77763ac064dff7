package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qarin.align.LinkFile;
import org.qarin.lab.Lab;

/**
 * The edited-translation benchmark with half of each case cut away ({@code bench edited-data
 * --cut}): a translation that stops halfway, and one that goes on past its original. Before the
 * aligner took its length ratio from the text both sides share, it joined the rest into a few long
 * links: strict F1 0.56 and 0.61 (on the TICO-19 cases of then). The cases are the dev split's now,
 * where the fixed aligner gives 0.88 and 0.91; the bar of 0.85 guards the fix with a margin for
 * other changes. Skipped without {@code ../shared/data}.
 */
class PartialTranslationEvalIT {
  private static final Path DATA = Path.of("../shared/data");

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"target, dropped_f1", "source, added_f1"})
  void aCutCaseIsAlignedAndItsMissingHalfReported(String cut, String missingHalf)
      throws IOException {
    assumeTrue(Files.isDirectory(DATA.resolve("tico19-en-ar")), "no ../shared/data here");
    Path cases = dir.resolve(cut);
    Lab.Result built =
        Lab.run(
            "bench",
            "edited-data",
            "--data",
            DATA.toString(),
            "--out",
            cases.toString(),
            "--cut",
            cut);
    assertThat(built.exitCode()).as(built.err()).isZero();
    for (Path c : caseFolders(cases)) {
      assertGoldHoldsEverySentenceOnce(c);
    }

    CliRunner eval = CliRunner.run("eval", "--run", cases.toString());
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    String all = eval.out().lines().findFirst().orElseThrow();
    System.out.println("--cut " + cut + ": " + all);
    assertThat(figure(all, "f1_strict")).isGreaterThan(0.85);
    assertThat(figure(all, missingHalf)).isGreaterThan(0.9);
  }

  private static void assertGoldHoldsEverySentenceOnce(Path c) throws IOException {
    List<String> lines = Files.readAllLines(c.resolve("gold"));
    List<LinkFile.Bead> beads = LinkFile.parse(String.join("\n", lines));
    assertThat(beads)
        .as(c + ": every gold line is a link")
        .hasSize((int) lines.stream().filter(l -> !l.isBlank()).count());
    List<Integer> source = beads.stream().flatMap(b -> b.source().stream()).toList();
    List<Integer> target = beads.stream().flatMap(b -> b.target().stream()).toList();
    assertThat(source)
        .as(c + " source")
        .containsExactlyInAnyOrderElementsOf(range(EvalCommand.lineCount(c.resolve("source"))));
    assertThat(target)
        .as(c + " target")
        .containsExactlyInAnyOrderElementsOf(range(EvalCommand.lineCount(c.resolve("target"))));
  }

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  private static double figure(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\": ([0-9.]+)").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static List<Path> caseFolders(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}

package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qarin.Qarin;
import org.qarin.QarinOptions;
import org.qarin.align.LinkFile;
import org.qarin.lab.EditedTranslations;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.read.DocumentReader;
import org.qarin.read.ReadOptions;

/**
 * Precision and recall of the audit on the TICO-19 edited-translation benchmark (built from
 * ../shared/data, seed 19; skipped without it). A sentence counts: a gold dropped source sentence
 * against the source sentences of dropped findings (and of furniture not translated), a gold added
 * target sentence against added findings (and furniture with no source), a planted number change
 * against the source sentence of a number-changed or date-changed finding.
 */
class EditedTranslationsAuditIT {
  private static final Path DATA = Path.of("../shared/data");

  @TempDir Path cases;

  /** Counts of one kind: true positives, false positives, false negatives. */
  private static final class Score {
    int tp;
    int fp;
    int fn;

    void add(Set<Integer> gold, Set<Integer> found) {
      found.forEach(i -> tp += gold.contains(i) ? 1 : 0);
      found.forEach(i -> fp += gold.contains(i) ? 0 : 1);
      gold.forEach(i -> fn += found.contains(i) ? 0 : 1);
    }

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }
  }

  private enum Edit {
    DROPPED,
    ADDED,
    NUMBER
  }

  @Test
  void changedNumbersAreFoundWithPrecisionAndRecallOfNinetyPercent() throws IOException {
    assumeTrue(Files.isDirectory(DATA.resolve("tico19-en-ar")), "no ../shared/data here");
    EditedTranslations.build(DATA, cases, 19);
    QarinOptions options =
        QarinOptions.defaults()
            .withPresegmented(true)
            .withLanguages(Optional.of(Language.AR), Optional.of(Language.EN));
    Map<Edit, Score> scores = new EnumMap<>(Edit.class);
    for (Edit e : Edit.values()) {
      scores.put(e, new Score());
    }
    for (Path c : caseFolders()) {
      Report r =
          Qarin.audit(
              DocumentReader.read(c.resolve("source"), ReadOptions.defaults()),
              DocumentReader.read(c.resolve("target"), ReadOptions.defaults()),
              options);
      score(c, r, scores);
    }
    StringBuilder sb = new StringBuilder("audit on the edited TICO-19 benchmark:\n");
    scores.forEach(
        (e, s) ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    "  %-8s precision %.3f recall %.3f (tp %d, fp %d, fn %d)%n",
                    e.name().toLowerCase(Locale.ROOT),
                    s.precision(),
                    s.recall(),
                    s.tp,
                    s.fp,
                    s.fn)));
    System.out.print(sb);
    assertThat(scores.get(Edit.NUMBER).precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.get(Edit.NUMBER).recall()).isGreaterThanOrEqualTo(0.90);
  }

  private List<Path> caseFolders() throws IOException {
    try (Stream<Path> s = Files.list(cases)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("gold"))).sorted().toList();
    }
  }

  private static void score(Path c, Report r, Map<Edit, Score> scores) throws IOException {
    Set<Integer> goldDropped = new TreeSet<>();
    Set<Integer> goldAdded = new TreeSet<>();
    for (Link l :
        LinkFile.toLinks(
            LinkFile.parse(Files.readString(c.resolve("gold"), StandardCharsets.UTF_8)))) {
      goldDropped.addAll(l.target().isEmpty() ? l.source() : List.of());
      goldAdded.addAll(l.source().isEmpty() ? l.target() : List.of());
    }
    Set<Integer> goldNumbers = new TreeSet<>();
    for (String line : Files.readAllLines(c.resolve("edits.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f[0].equals("number-changed")) {
        goldNumbers.add(Integer.parseInt(f[1].strip()));
      }
    }
    Set<Integer> dropped = new TreeSet<>();
    Set<Integer> added = new TreeSet<>();
    Set<Integer> numbers = new TreeSet<>();
    for (Finding f : r.findings()) {
      boolean furniture = f.kind() == FindingKind.BOILERPLATE;
      if (f.kind() == FindingKind.DROPPED || (furniture && f.target().isEmpty())) {
        dropped.addAll(f.source());
      }
      if (f.kind() == FindingKind.ADDED || (furniture && f.source().isEmpty())) {
        added.addAll(f.target());
      }
      if (f.kind() == FindingKind.NUMBER_CHANGED || f.kind() == FindingKind.DATE_CHANGED) {
        numbers.add(f.source().get(0));
      }
    }
    scores.get(Edit.DROPPED).add(goldDropped, dropped);
    scores.get(Edit.ADDED).add(goldAdded, added);
    scores.get(Edit.NUMBER).add(goldNumbers, numbers);
  }
}

package org.qarin.lexicon.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.qarin.export.AtomicFiles;
import org.qarin.lexicon.NameLetters;
import org.qarin.lexicon.NameMatcher;
import org.qarin.lexicon.build.NameSplit.Part;
import org.qarin.lexicon.build.TransliterationEm.Example;

/**
 * Builds {@link NameMatcher}'s model file ({@value NameMatcher#FILE}) from the train part of the
 * {@link NameSplit}: operation costs by {@link TransliterationEm}, letter frequencies for the
 * independent cost, the range of length ratios, and the threshold tuned on the dev part. The same
 * data gives a byte-identical file.
 */
public final class NameModelBuilder {
  private static final int ITERATIONS = 10;
  private static final double ALPHA = 0.01;
  // operations EM expects less often than this are left to the floor cost
  private static final double MIN_COUNT = 0.5;
  // the aligner tries each name against many words, so false matches are capped well below 1%
  private static final double MAX_FALSE_MATCH_RATE = 0.001;
  // the share of train pairs left outside the length-ratio range at each end
  private static final double RATIO_TAIL = 0.0005;

  /** The seed of the dev distractors the threshold is tuned on. */
  public static final long SEED = 1;

  /** What a build wrote and measured. */
  public record Result(
      int trainPairs, int devPairs, int operations, double threshold, NameEvaluation.Scores dev) {}

  private NameModelBuilder() {}

  /**
   * Reads the name files under {@code dataDir} (the shared data folder); writes the model into
   * {@code modelsDir}.
   */
  public static Result build(Path dataDir, Path modelsDir, Consumer<String> log)
      throws IOException {
    NameSplit split = NameSplit.read(dataDir);
    List<NameSplit.Pair> train = split.pairs(Part.TRAIN);
    log.accept(summary(split));
    List<Example> examples = train.stream().map(NameModelBuilder::example).toList();
    TransliterationEm.Model model = TransliterationEm.train(examples, ITERATIONS, ALPHA, log);
    List<String> rows = rows(model, examples);
    List<NameEvaluation.Trial> dev = NameEvaluation.trials(split, Part.DEV, SEED);
    double threshold =
        NameEvaluation.threshold(parse(text("", 1, rows)), dev, MAX_FALSE_MATCH_RATE);
    String text = text(header(split), threshold, rows);
    NameEvaluation.Scores scores = NameEvaluation.score(parse(text), dev);
    log.accept(
        String.format(
            Locale.ROOT,
            "threshold %.4f: dev recall %.4f, false-match rate %.4f",
            threshold,
            scores.recall(),
            scores.falseMatchRate()));
    Files.createDirectories(modelsDir);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    AtomicFiles.writeBytes(modelsDir.resolve(NameMatcher.FILE), out -> out.write(bytes));
    int operations = (int) rows.stream().filter(r -> r.startsWith("op\t")).count();
    return new Result(train.size(), dev.size(), operations, threshold, scores);
  }

  /** A line saying how many pairs each part has. */
  public static String summary(NameSplit split) {
    return String.format(
        Locale.ROOT,
        "name pairs: train %d, dev %d, test %d (%d dropped: Arabic name in an earlier part)",
        split.pairs(Part.TRAIN).size(),
        split.pairs(Part.DEV).size(),
        split.pairs(Part.TEST).size(),
        split.dropped());
  }

  static Example example(NameSplit.Pair p) {
    String arabic = NameLetters.arabic(p.arabic());
    String latin = NameLetters.latin(p.english());
    int[] a = arabic.chars().map(c -> NameLetters.ARABIC_LETTERS.indexOf(c) + 1).toArray();
    int[] e = latin.chars().map(c -> c - 'a').toArray();
    return new Example(a, e, NameLetters.hasArticle(arabic));
  }

  private static NameMatcher parse(String text) throws IOException {
    return NameMatcher.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(String header, double threshold, List<String> rows) {
    StringBuilder sb = new StringBuilder(header);
    sb.append(row("threshold", "-", "-", threshold));
    rows.forEach(sb::append);
    return sb.toString();
  }

  /** Every row but the threshold: ratios, floor, operations, letter costs. */
  private static List<String> rows(TransliterationEm.Model model, List<Example> examples) {
    List<String> rows = new ArrayList<>();
    double[] ratio = ratioRange(examples);
    rows.add(row("min-ratio", "-", "-", Math.floor(ratio[0] * 10_000) / 10_000));
    rows.add(row("max-ratio", "-", "-", Math.ceil(ratio[1] * 10_000) / 10_000));
    rows.add(row("floor", "-", "-", floorCost(model)));
    rows.addAll(operationRows(model));
    rows.addAll(nullRows(examples));
    return rows;
  }

  /** The cost of an operation EM never saw: the dearest of all. */
  private static double floorCost(TransliterationEm.Model model) {
    double floor = 0;
    for (int op = 0; op < model.probability().length; op++) {
      if (TransliterationEm.allowed(op)) {
        floor = Math.max(floor, -Math.log(model.probability()[op]));
      }
    }
    return floor;
  }

  /**
   * The operations EM expected at least {@code MIN_COUNT} times, by Arabic letter, then Latin
   * letters.
   */
  private static List<String> operationRows(TransliterationEm.Model model) {
    List<String> rows = new ArrayList<>();
    for (int op = 0; op < model.probability().length; op++) {
      if (TransliterationEm.allowed(op) && model.count()[op] >= MIN_COUNT) {
        String arabic = arabicLetter(op / TransliterationEm.CHUNKS);
        String latin = TransliterationEm.chunkLetters(op % TransliterationEm.CHUNKS);
        rows.add(row("op", arabic, latin, -Math.log(model.probability()[op])));
      }
    }
    return rows;
  }

  /** The costs of letters on their own: -ln of their add-one frequencies in the train pairs. */
  private static List<String> nullRows(List<Example> examples) {
    double[] arabic = new double[TransliterationEm.SYMBOLS];
    double[] latin = new double[TransliterationEm.LETTERS];
    for (Example e : examples) {
      Arrays.stream(e.arabic()).forEach(c -> arabic[c]++);
      Arrays.stream(e.latin()).forEach(c -> latin[c]++);
    }
    double arabicTotal = Arrays.stream(arabic).sum() + arabic.length - 1;
    double latinTotal = Arrays.stream(latin).sum() + latin.length;
    List<String> rows = new ArrayList<>();
    for (int s = 1; s < arabic.length; s++) {
      rows.add(row("null", arabicLetter(s), "-", -Math.log((arabic[s] + 1) / arabicTotal)));
    }
    for (int c = 0; c < latin.length; c++) {
      rows.add(
          row(
              "null",
              "-",
              String.valueOf((char) ('a' + c)),
              -Math.log((latin[c] + 1) / latinTotal)));
    }
    return rows;
  }

  /**
   * The fewest and the most Latin letters per Arabic letter (each count plus one) of all but the
   * extreme train pairs; a word with the article counts with it for the fewest, without for the
   * most.
   */
  private static double[] ratioRange(List<Example> examples) {
    double[] low = new double[examples.size()];
    double[] high = new double[examples.size()];
    for (int i = 0; i < low.length; i++) {
      Example e = examples.get(i);
      int n = e.arabic().length;
      low[i] = (e.latin().length + 1) / (double) (n + 1);
      high[i] = (e.latin().length + 1) / (double) ((e.article() ? n - 2 : n) + 1);
    }
    Arrays.sort(low);
    Arrays.sort(high);
    int tail = (int) (RATIO_TAIL * low.length);
    return new double[] {low[tail], high[high.length - 1 - tail]};
  }

  private static String arabicLetter(int code) {
    return code == 0 ? "-" : String.valueOf(NameLetters.ARABIC_LETTERS.charAt(code - 1));
  }

  private static String row(String kind, String arabic, String latin, double value) {
    return String.format(Locale.ROOT, "%s\t%s\t%s\t%.4f\n", kind, arabic, latin, value);
  }

  private static String header(NameSplit split) {
    return String.format(
        Locale.ROOT,
        "# qarin name transliteration model: the costs (-ln p) of the edit operations NameMatcher aligns an\n"
            + "# Arabic word with a Latin word by, learned by EM (%d passes) from the %d train pairs of NameSplit;\n"
            + "# the threshold is tuned on its %d dev pairs (at most %.1f%% false matches).\n"
            + "# Sources: Wikidata person-name words (CC0 1.0, Wikidata contributors, via\n"
            + "# steveash/NETransliteration-COLING2018) and Google's Arabic-English name transliterations\n"
            + "# (google/transliteration, Apache-2.0).\n"
            + "# Licence of this file: Apache-2.0, with attribution to both sources.\n"
            + "# Rows: kind, Arabic letter, Latin letters, value (- is none). threshold: the similarity at which\n"
            + "# two words are one name; min-ratio, max-ratio: (Latin letters + 1) / (Arabic letters + 1) outside\n"
            + "# which no pair matches; floor: the cost of an operation not listed; op: the cost of writing the\n"
            + "# Arabic letter as the Latin letters; null: the cost of a letter on its own, from its frequency.\n"
            + "# Built by: qarin lexicon build --data DIR --models models (DIR: the shared data folder).\n",
        ITERATIONS,
        split.pairs(Part.TRAIN).size(),
        split.pairs(Part.DEV).size(),
        100 * MAX_FALSE_MATCH_RATE);
  }
}

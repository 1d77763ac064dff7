package org.qarin.lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.NameMatcher;
import org.qarin.lexicon.Names;
import org.qarin.lexicon.build.NameEvaluation;
import org.qarin.lexicon.build.NameEvaluation.Scores;
import org.qarin.lexicon.build.NameEvaluation.Trial;
import org.qarin.lexicon.build.NameModelBuilder;
import org.qarin.lexicon.build.NameSplit;
import org.qarin.lexicon.build.NameSplit.Part;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code bench} subcommands that build and measure {@link NameMatcher}'s model. */
final class NamesBench {
  private NamesBench() {}

  /** Options every names command shares. */
  static class Common {
    @Mixin SharedData data;

    @Option(
        names = "--models",
        paramLabel = "DIR",
        description = "Read the model from DIR (default: the one on the classpath, from models/).")
    Path models;

    @Spec CommandSpec spec;

    NameMatcher matcher() {
      return models == null ? NameMatcher.bundled() : NameMatcher.load(models);
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }
  }

  @Command(
      name = "names-model",
      mixinStandardHelpOptions = true,
      description =
          "Builds the name transliteration model ("
              + NameMatcher.FILE
              + ") from the train part of the name split,"
              + " with its threshold tuned on the dev part.")
  static final class Build implements Callable<Integer> {
    @Mixin SharedData data;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "Where to write the model (models/ to replace the shipped one).")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      NameModelBuilder.Result r =
          NameModelBuilder.build(
              data.dir,
              this.out,
              line -> {
                out.println(line);
                out.flush();
              });
      Path file = this.out.resolve(NameMatcher.FILE);
      out.printf(
          Locale.ROOT,
          "%s written: %d operations, threshold %.4f%n",
          file,
          r.operations(),
          r.threshold());
      return 0;
    }
  }

  @Command(
      name = "names",
      mixinStandardHelpOptions = true,
      description = {
        "Measures the name matcher on the held-out parts of the name split: for dev and test, the true"
            + " pairs, recall (the share sameName accepts), the distractors ("
            + NameEvaluation.DISTRACTORS
            + " other English names of the same part per pair, length within 20%%) and the share of them"
            + " sameName accepts, in all and per source."
      })
  static final class Evaluate extends Common implements Callable<Integer> {
    @Option(
        names = "--seed",
        defaultValue = "1",
        description =
            "Seed of the distractors (default: ${DEFAULT-VALUE}; the threshold was tuned on dev with seed 1).")
    long seed;

    @Option(
        names = "--thresholds",
        split = ",",
        paramLabel = "T",
        description =
            "Also print recall and false-match rate of all pairs at these thresholds instead of the model's.")
    List<Double> thresholds = List.of();

    @Option(
        names = "--skeletons",
        description = "Also print the figures of equal consonant skeletons (Names), the baseline.")
    boolean skeletons;

    @Override
    public Integer call() throws IOException {
      NameSplit split = NameSplit.read(data.dir);
      NameMatcher matcher = matcher();
      out().println(NameModelBuilder.summary(split));
      String source = models == null ? "bundled" : models.resolve(NameMatcher.FILE).toString();
      out().printf(Locale.ROOT, "model: %s, threshold %.4f%n", source, matcher.threshold());
      out().println("part\tsource\tpairs\trecall\tdistractors\tfalse matches\tfalse-match rate");
      for (Part part : List.of(Part.DEV, Part.TEST)) {
        List<Trial> trials = NameEvaluation.trials(split, part, seed);
        out().println(line(part, "all", NameEvaluation.score(matcher, trials)));
        for (Map.Entry<NameSplit.Source, Scores> e :
            NameEvaluation.bySource(matcher, trials).entrySet()) {
          String name = e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-');
          out().println(line(part, name, e.getValue()));
        }
      }
      if (!thresholds.isEmpty()) {
        printThresholds(split, matcher);
      }
      if (skeletons) {
        printSkeletons(split);
      }
      return 0;
    }

    /**
     * The baseline: equal consonant skeletons ({@link Names}), as the audit and aligner compare
     * names today.
     */
    private void printSkeletons(NameSplit split) {
      out().println("part\tmatcher\trecall\tfalse-match rate");
      for (Part part : List.of(Part.DEV, Part.TEST)) {
        List<Trial> trials = NameEvaluation.trials(split, part, seed);
        long pairs =
            trials.stream()
                .filter(t -> sameSkeleton(t.pair().arabic(), t.pair().english()))
                .count();
        long distractors = trials.stream().mapToLong(t -> t.distractors().size()).sum();
        long falseMatches =
            trials.stream()
                .flatMap(
                    t -> t.distractors().stream().filter(d -> sameSkeleton(t.pair().arabic(), d)))
                .count();
        out()
            .printf(
                Locale.ROOT,
                "%s\tskeletons\t%.4f\t%.4f%n",
                part.name().toLowerCase(Locale.ROOT),
                pairs / (double) trials.size(),
                falseMatches / (double) distractors);
      }
    }

    private static boolean sameSkeleton(String arabic, String latin) {
      String light = ArabicTerms.lightKey(arabic);
      return light != null
          && Names.arabicSkeleton(light).equals(Names.latinSkeleton(latin.replace("x", "ks")));
    }

    private void printThresholds(NameSplit split, NameMatcher matcher) {
      out().println("part\tthreshold\trecall\tfalse-match rate");
      for (Part part : List.of(Part.DEV, Part.TEST)) {
        List<Trial> trials = NameEvaluation.trials(split, part, seed);
        double[] pairs =
            trials.stream()
                .mapToDouble(t -> matcher.similarity(t.pair().arabic(), t.pair().english()))
                .toArray();
        double[] distractors =
            trials.stream()
                .flatMap(
                    t ->
                        t.distractors().stream().map(d -> matcher.similarity(t.pair().arabic(), d)))
                .mapToDouble(Double::doubleValue)
                .toArray();
        for (double t : thresholds) {
          String p = part.name().toLowerCase(Locale.ROOT);
          out()
              .printf(
                  Locale.ROOT,
                  "%s\t%.4f\t%.4f\t%.4f%n",
                  p,
                  t,
                  share(pairs, t),
                  share(distractors, t));
        }
      }
    }

    private static double share(double[] similarities, double threshold) {
      return Arrays.stream(similarities).filter(s -> s >= threshold).count()
          / (double) similarities.length;
    }

    private static String line(Part part, String source, Scores s) {
      return String.format(
          Locale.ROOT,
          "%s\t%s\t%d\t%.4f\t%d\t%d\t%.4f",
          part.name().toLowerCase(Locale.ROOT),
          source,
          s.pairs(),
          s.recall(),
          s.distractors(),
          s.falseMatches(),
          s.falseMatchRate());
    }
  }

  @Command(
      name = "names-speed",
      mixinStandardHelpOptions = true,
      description =
          "Times sameName and similarity on the test part's pairs and distractors, one thread, after a warm-up:"
              + " the median round's CPU time of the thread (not wall-clock time: the machine may be shared) per call.")
  static final class Speed extends Common implements Callable<Integer> {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Option(
        names = "--rounds",
        defaultValue = "15",
        description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
      List<String[]> calls = calls(NameEvaluation.trials(NameSplit.read(data.dir), Part.TEST, 1));
      NameMatcher matcher = matcher();
      out()
          .printf(
              Locale.ROOT, "%d calls a round (test pairs and their distractors)%n", calls.size());
      out().printf(Locale.ROOT, "sameName: %.0f ns of CPU a call%n", median(calls, true, matcher));
      out()
          .printf(
              Locale.ROOT, "similarity: %.0f ns of CPU a call%n", median(calls, false, matcher));
      return 0;
    }

    private static List<String[]> calls(List<Trial> trials) {
      List<String[]> calls = new ArrayList<>();
      for (Trial t : trials) {
        calls.add(new String[] {t.pair().arabic(), t.pair().english()});
        t.distractors().forEach(d -> calls.add(new String[] {t.pair().arabic(), d}));
      }
      return calls;
    }

    private double median(List<String[]> calls, boolean same, NameMatcher matcher) {
      double[] ns = new double[rounds];
      for (int r = -3; r < rounds; r++) { // three rounds of warm-up
        long start = THREADS.getCurrentThreadCpuTime();
        int hits = 0;
        for (String[] c : calls) {
          boolean hit = same ? matcher.sameName(c[0], c[1]) : matcher.similarity(c[0], c[1]) > 0.5;
          hits += hit ? 1 : 0;
        }
        if (r >= 0) {
          ns[r] = (THREADS.getCurrentThreadCpuTime() - start) / (double) calls.size();
        }
        if (hits < 0) {
          throw new AssertionError(); // keeps the results alive
        }
      }
      Arrays.sort(ns);
      return ns[rounds / 2];
    }
  }
}

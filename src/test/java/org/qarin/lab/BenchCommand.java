package org.qarin.lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qarin.lexicon.build.Split;
import org.qarin.model.Language;
import org.qarin.read.DocumentReader;
import org.qarin.read.ReadOptions;
import org.qarin.segment.RuleSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Builds benchmark data from ../shared/data and measures qarin (not part of the test suite).",
    subcommands = {
      BenchCommand.EditedData.class,
      BenchCommand.AlignData.class,
      BenchCommand.BatchData.class,
      BenchCommand.SegmentGrowthCommand.class,
      MatchBench.Data.class,
      MatchBench.Evaluate.class,
      MatchBench.Speed.class,
      NamesBench.Build.class,
      NamesBench.Evaluate.class,
      NamesBench.Speed.class,
      SegmentEngines.class,
      FaithfulCommand.class,
      EditedCommand.class,
      CalibrateCommand.class,
      CompilationsCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "edited-data",
      mixinStandardHelpOptions = true,
      description =
          "Writes the edited-translation cases of one split (score the alignment with: qarin eval"
              + " --run DIR; everything with: bench edited).")
  static final class EditedData implements Callable<Integer> {
    @Mixin SharedData data;

    @Option(
        names = "--split",
        defaultValue = "dev",
        description = "dev or test (default: ${DEFAULT-VALUE}).")
    Split split;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "Where to write the case folders.")
    Path out;

    @Option(
        names = "--seed",
        defaultValue = "19",
        description = "Seed of the random edits (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--cut",
        defaultValue = "none",
        description =
            "Also cut away the second half of each case's target (a translation that stops"
                + " halfway) or source (a translation that goes on): ${COMPLETION-CANDIDATES}"
                + " (default: ${DEFAULT-VALUE}).")
    EditedTranslations.Cut cut;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      int cases = EditedTranslations.build(data.dir, split, out, seed, cut);
      spec.commandLine().getOut().println(cases + " cases written to " + out);
      return 0;
    }
  }

  @Command(
      name = "align-data",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a long presegmented pair (ar.txt, en.txt, gold) of concatenated TICO-19, PUD and"
            + " Tatoeba sentences, for speed and memory measurements, e.g.:",
        "  /usr/bin/time -f '%%e s %%M KB' java -jar target/qarin.jar align --presegmented DIR/ar.txt DIR/en.txt -o DIR/links"
      })
  static final class AlignData implements Callable<Integer> {
    @Mixin SharedData data;

    @Option(
        names = "--sentences",
        defaultValue = "20000",
        description = "Sentences per side (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "Where to write the files.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      ConcatenatedPairs.write(data.dir, sentences, out);
      spec.commandLine().getOut().println(sentences + " sentence pairs written to " + out);
      return 0;
    }
  }

  @Command(
      name = "batch-data",
      mixinStandardHelpOptions = true,
      description = {
        "Writes news-length pairs (10 to 40 sentences of TICO-19 and PUD, running text) into"
            + " DIR/ar and DIR/en, for batch throughput and memory measurements, e.g.:",
        "  /usr/bin/time -f '%%e s %%M KB' java -jar target/qarin.jar batch DIR/ar DIR/en --output-dir OUT"
      })
  static final class BatchData implements Callable<Integer> {
    @Mixin SharedData data;

    @Option(
        names = "--pairs",
        defaultValue = "10000",
        description = "Document pairs (default: ${DEFAULT-VALUE}).")
    int pairs;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "Where to write the folders.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      NewsPairs.write(data.dir, pairs, out);
      spec.commandLine()
          .getOut()
          .println(
              pairs
                  + " document pairs written to "
                  + out.resolve("ar")
                  + " and "
                  + out.resolve("en"));
      return 0;
    }
  }

  @Command(
      name = "segment-growth",
      mixinStandardHelpOptions = true,
      description = {
        "Times the segmentation of single unpunctuated lines of growing size (the words of a"
            + " sample text repeated), to show that time grows linearly with length.",
        "  Prints: language, MB (UTF-8), characters, sentences, CPU seconds, CPU seconds per MB,"
            + " wall-clock seconds."
      })
  static final class SegmentGrowthCommand implements Callable<Integer> {
    @Option(
        names = "--sizes",
        split = ",",
        defaultValue = "1,2,5,10",
        paramLabel = "MB",
        description = "Line sizes in MB (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(
        names = "--arabic",
        paramLabel = "FILE",
        defaultValue = "corpus/sample/statement-ar.txt",
        description = "Arabic sample text (default: ${DEFAULT-VALUE}).")
    Path arabic;

    @Option(
        names = "--english",
        paramLabel = "FILE",
        defaultValue = "corpus/sample/statement-en.txt",
        description = "English sample text (default: ${DEFAULT-VALUE}).")
    Path english;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.println("language\tMB\tcharacters\tsentences\tcpu s\tcpu s/MB\twall s");
      int[] mb = sizes.stream().mapToInt(Integer::intValue).toArray();
      RuleSegmenter segmenter = RuleSegmenter.defaults();
      for (Language language : Language.values()) {
        Path sample = language == Language.AR ? arabic : english;
        String text = DocumentReader.read(sample, ReadOptions.defaults()).text();
        for (SegmentGrowth.Row r : SegmentGrowth.measure(segmenter, language, text, mb)) {
          out.println(row(r));
          out.flush();
        }
      }
      return 0;
    }

    private static String row(SegmentGrowth.Row r) {
      return String.format(
          Locale.ROOT,
          "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f",
          r.language().code(),
          r.megabytes(),
          r.characters(),
          r.sentences(),
          r.cpuSeconds(),
          r.cpuSecondsPerMegabyte(),
          r.wallSeconds());
    }
  }
}

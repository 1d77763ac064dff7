package org.qarin.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.qarin.align.LexicalAligner;
import org.qarin.batch.Manifest;
import org.qarin.cli.Main;
import org.qarin.cli.MatchSettings;
import org.qarin.match.DocumentFolders;
import org.qarin.match.DocumentMatcher;
import org.qarin.match.MatchOptions;
import org.qarin.match.MatchResult;
import org.qarin.match.PairScorer.Evidence;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qarin match} on Spark: {@code spark-submit --class org.qarin.spark.MatchJob qarin.jar
 * SOURCE_DIR TARGET_DIR [match options]}, with output identical to {@code qarin match}.
 *
 * <p>Broadcast mode: executors read and segment the documents; the driver builds both indexes and
 * runs the queries on its own cores (a few percent of the work), then broadcasts the documents and
 * spreads the alignment of the candidate pairs, nearly all the rest, over the executors; it judges
 * the pairs as {@code qarin match} does. Every document travels to the driver and to each executor,
 * so the collection must fit in their memory.
 */
@Command(
    name = "org.qarin.spark.MatchJob",
    mixinStandardHelpOptions = true,
    description = {
      "qarin match on Apache Spark: finds, for each document in SOURCE_DIR, the documents in"
          + " TARGET_DIR that render it, with the options of qarin match and the same output;"
          + " --audit audits the renderings on the cluster too.",
      "Folders may be local or any Hadoop file system URI (hdfs://, s3a://)."
    })
public final class MatchJob implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SOURCE_DIR")
  String sourceDir;

  @Parameters(index = "1", paramLabel = "TARGET_DIR")
  String targetDir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  String output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      defaultValue = "qarin-match",
      description = "Where --audit writes (default: ${DEFAULT-VALUE}).")
  String outputDir;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description =
          "Split the reading and the candidate pairs into N partitions each (default: four per core"
              + " of the cluster); the results do not depend on it.")
  Integer partitions;

  @Mixin MatchSettings settings;
  @Spec CommandLine.Model.CommandSpec spec;

  private String[] args = new String[0];

  public static void main(String[] args) {
    MatchJob job = new MatchJob();
    job.args = args.clone();
    System.exit(Main.execute(job, args));
  }

  @Override
  public Integer call() throws IOException {
    Jobs.requirePartitions(partitions, spec);
    MatchOptions options = settings.options(spec);
    try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("qarin match"))) {
      sc.setLogLevel("WARN");
      HadoopFiles files = new HadoopFiles(sc.hadoopConfiguration());
      int n = partitions != null ? partitions : 4 * sc.defaultParallelism();
      List<String> sourceFiles = files.list(sourceDir);
      List<String> targetFiles = files.list(targetDir);
      List<String> all = new ArrayList<>(sourceFiles);
      all.addAll(targetFiles);
      String[] line = args;
      List<Loaded> loaded =
          sc.parallelize(all, Math.max(1, Math.min(all.size(), n)))
              .map(location -> load(location, line, files))
              .collect();
      List<Document> sources = documents(sourceDir, loaded.subList(0, sourceFiles.size()));
      List<Document> targets =
          documents(targetDir, loaded.subList(sourceFiles.size(), loaded.size()));
      DocumentFolders.requireOtherLanguage(sources, targets, sourceDir, targetDir);
      MatchResult result =
          new DocumentMatcher(options)
              .match(sources, targets, (src, tgt, chosen) -> weigh(sc, line, n, src, tgt, chosen));
      if (output == null) {
        settings.write(result, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
      } else {
        files.write(files.path(output), w -> settings.write(result, w));
      }
      return settings.audit() ? audit(sc, files, result, options, n) : 0;
    }
  }

  /**
   * Audits the pairs judged to render their source as {@code qarin match --audit} does, into the
   * layout of a batch: DIR/SOURCE--TARGET/, the summaries, {@code all.tmx}.
   */
  private int audit(
      JavaSparkContext sc,
      HadoopFiles files,
      MatchResult result,
      MatchOptions options,
      int partitions) {
    List<PairTask> tasks = new ArrayList<>();
    for (Manifest.Row r : Manifest.renderings(result, options.qarin().rendering())) {
      tasks.add(
          new PairTask(
              tasks.size(),
              r.id(),
              HadoopFiles.resolve(sourceDir, r.source()),
              HadoopFiles.resolve(targetDir, r.target()),
              r.rendering()));
    }
    int n = Math.max(1, Math.min(tasks.size(), partitions));
    PrintWriter err = spec.commandLine().getErr();
    long failed =
        PairRun.run(
            sc,
            files,
            tasks,
            new PairRun.Plan(outputDir, n, false, args, MatchJob::pairSettings),
            err);
    err.printf(Locale.ROOT, "qarin: audited %d pairs into %s%n", tasks.size(), outputDir);
    return failed > 0 ? 65 : 0;
  }

  /** What an audited pair is audited with, from the command line, parsed once per JVM. */
  static PairRun.Settings pairSettings(String[] args) {
    Parsed p = PARSED.get(args);
    return new PairRun.Settings(
        p.job().settings.auditFormats(), p.job().settings.read(), p.options().qarin());
  }

  /** A file's document, or the one-line problem that keeps it out. */
  record Loaded(Document document, String problem) implements Serializable {}

  private static Loaded load(String location, String[] line, HadoopFiles files) {
    Parsed parsed = PARSED.get(line);
    try {
      return new Loaded(
          DocumentFolders.document(
              PairRun.name(location),
              files.read(location, parsed.job().settings.read()),
              parsed.options().qarin()),
          null);
    } catch (InputException e) {
      return new Loaded(null, e.getMessage());
    }
  }

  /** The usable documents; a warning for each file skipped, as {@code qarin match} gives. */
  private List<Document> documents(String dir, List<Loaded> loaded) {
    List<Document> docs = new ArrayList<>();
    for (Loaded l : loaded) {
      if (l.document() != null) {
        docs.add(l.document());
      } else {
        spec.commandLine().getErr().println("qarin: warning: " + l.problem() + " (skipped)");
      }
    }
    DocumentFolders.requireDocuments(dir, docs);
    return docs;
  }

  /** The candidates weighed on the executors, in candidate order. */
  private static List<Evidence> weigh(
      JavaSparkContext sc,
      String[] line,
      int partitions,
      List<Document> sources,
      List<Document> targets,
      List<DocumentMatcher.Candidate> chosen) {
    if (chosen.isEmpty()) {
      return List.of();
    }
    Broadcast<List<Document>> src = sc.broadcast(new ArrayList<>(sources));
    Broadcast<List<Document>> tgt = sc.broadcast(new ArrayList<>(targets));
    try {
      return sc.parallelize(chosen, Math.max(1, Math.min(chosen.size(), partitions)))
          .mapPartitions(it -> weighPartition(it, line, src.value(), tgt.value()))
          .collect();
    } finally {
      src.destroy();
      tgt.destroy();
    }
  }

  /**
   * Weighs a partition's candidates. They come sorted by source, so a source is prepared for the
   * aligner once; targets are kept in a small cache.
   */
  private static Iterator<Evidence> weighPartition(
      Iterator<DocumentMatcher.Candidate> candidates,
      String[] line,
      List<Document> sources,
      List<Document> targets) {
    DocumentMatcher matcher = PARSED.get(line).matcher();
    Map<Integer, LexicalAligner.Prepared> prepared = lru(2);
    Map<Integer, LexicalAligner.Prepared> preparedTargets = lru(256);
    List<Evidence> out = new ArrayList<>();
    while (candidates.hasNext()) {
      DocumentMatcher.Candidate c = candidates.next();
      LexicalAligner.Prepared s =
          prepared.computeIfAbsent(
              c.source(), i -> LexicalAligner.prepare(sources.get(c.source())));
      LexicalAligner.Prepared t =
          preparedTargets.computeIfAbsent(
              c.target(), j -> LexicalAligner.prepare(targets.get(c.target())));
      out.add(matcher.weigh(s, t, c.shares()));
    }
    return out.iterator();
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The command line as an executor parses it, and what it gives. */
  private record Parsed(MatchJob job, MatchOptions options, DocumentMatcher matcher) {
    static Parsed of(String[] args) {
      MatchJob j = new MatchJob();
      CommandLine cl = new CommandLine(j).setCaseInsensitiveEnumValuesAllowed(true);
      cl.parseArgs(args);
      MatchOptions options = j.settings.options(cl.getCommandSpec());
      return new Parsed(j, options, new DocumentMatcher(options));
    }
  }

  private static final Jobs.PerJvm<Parsed> PARSED = new Jobs.PerJvm<>(Parsed::of);
}

package org.qarin.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.qarin.batch.BatchSummary;
import org.qarin.batch.Manifest;
import org.qarin.cli.BatchSettings;
import org.qarin.cli.Main;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qarin batch} on Spark: {@code spark-submit --class org.qarin.spark.BatchJob qarin.jar
 * MANIFEST --output-dir DIR [batch options]}. Every pair's folder, {@code summary.csv}, {@code
 * summary.json}, {@code all.tmx} and {@code compilations/} come out byte-identical to {@code qarin
 * batch} on the same manifest, however the pairs are partitioned.
 *
 * <p>The driver reads the manifest and sends plain strings; each executor JVM parses the same
 * command line once for its options (models load once per JVM), audits its partition's pairs in
 * order, writes each pair's files whole with {@code result.json} last, and its partition's TMX
 * units to one fragment. A retried or speculative attempt rewrites the same bytes. The driver then
 * streams the small per-pair results back for the summaries, and concatenates the fragments into
 * {@code all.tmx}.
 */
@Command(
    name = "org.qarin.spark.BatchJob",
    mixinStandardHelpOptions = true,
    description = {
      "qarin batch on Apache Spark: audits the pairs of MANIFEST (TSV or CSV: source, target,"
          + " optional id; paths relative to the manifest) on the cluster, with the options of qarin"
          + " batch. Paths may be local or any Hadoop file system URI (hdfs://, s3a://).",
      "Writes DIR/ID/ per pair, DIR/summary.csv, DIR/summary.json and DIR/all.tmx, as qarin batch"
          + " does; the exit code is 65 when any pair failed."
    })
public final class BatchJob implements Callable<Integer> {
  /** The most pairs a partition gets unless {@code --partitions} says otherwise. */
  static final int PAIRS_PER_PARTITION = 100;

  @Parameters(index = "0", paramLabel = "MANIFEST")
  String manifest;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      defaultValue = "qarin-batch",
      description = "Where to write (default: ${DEFAULT-VALUE}).")
  String outputDir;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description =
          "Split the pairs into N partitions (default: four per core of the cluster, and at most"
              + " 100 pairs each); the results do not depend on it.")
  Integer partitions;

  @Mixin BatchSettings settings;
  @Spec CommandLine.Model.CommandSpec spec;

  /** The command line, for the executors to parse again. */
  private String[] args = new String[0];

  public static void main(String[] args) {
    BatchJob job = new BatchJob();
    job.args = args.clone();
    System.exit(Main.execute(job, args));
  }

  @Override
  public Integer call() throws IOException {
    Jobs.requirePartitions(partitions, spec);
    SparkConf conf = new SparkConf().setAppName("qarin batch");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      HadoopFiles files = new HadoopFiles(sc.hadoopConfiguration());
      List<PairTask> tasks = tasks(files);
      int n = Math.max(1, Math.min(tasks.size(), partitions(sc, tasks.size())));
      long failed =
          PairRun.run(
              sc,
              files,
              tasks,
              new PairRun.Plan(outputDir, n, settings.resume(), args, BatchJob::pairSettings),
              spec.commandLine().getErr());
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%d pairs, %d done, %d failed; summary in %s%n",
              tasks.size(),
              tasks.size() - failed,
              failed,
              new Path(outputDir, BatchSummary.CSV));
      return failed > 0 ? 65 : 0;
    }
  }

  /**
   * The partitions asked for, else four per core and at most a hundred pairs each: a partition of a
   * thousand pairs keeps a core busy for half a minute, and a core left alone with the last ones
   * made 10,000 pairs 1.4 times slower than {@code qarin batch} on two cores.
   */
  private int partitions(JavaSparkContext sc, int pairs) {
    return partitions != null
        ? partitions
        : Math.max(
            4 * sc.defaultParallelism(), (pairs + PAIRS_PER_PARTITION - 1) / PAIRS_PER_PARTITION);
  }

  /** The manifest's pairs, with locations resolved as {@code qarin batch} resolves them. */
  private List<PairTask> tasks(HadoopFiles files) {
    Path m = files.path(manifest);
    String text = files.readString(m);
    if (text == null) {
      throw new InputException(manifest, Problem.MISSING, "no such file", "check the path");
    }
    List<Manifest.Row> rows = Manifest.parse(manifest, text);
    List<PairTask> tasks = new ArrayList<>();
    for (Manifest.Row r : rows) {
      tasks.add(
          new PairTask(
              tasks.size(),
              r.id(),
              resolve(files, r.source()),
              resolve(files, r.target()),
              r.rendering()));
    }
    return tasks;
  }

  /** A manifest entry relative to the manifest's folder, named as qarin batch names it. */
  private String resolve(HadoopFiles files, String entry) {
    if (HadoopFiles.isUri(entry)) {
      return entry;
    }
    if (!HadoopFiles.isUri(manifest) || files.isLocal(manifest)) {
      java.nio.file.Path local =
          HadoopFiles.isUri(manifest)
              ? java.nio.file.Path.of(java.net.URI.create(manifest))
              : java.nio.file.Path.of(manifest);
      java.nio.file.Path base = local.toAbsolutePath().getParent();
      return (base == null ? java.nio.file.Path.of(entry) : base.resolve(entry)).toString();
    }
    return new Path(new Path(manifest).getParent(), entry).toString();
  }

  /** What a pair is audited with, from the command line, parsed once per JVM. */
  static PairRun.Settings pairSettings(String[] args) {
    return PARSED.get(args);
  }

  private static final Jobs.PerJvm<PairRun.Settings> PARSED =
      new Jobs.PerJvm<>(
          args -> {
            BatchJob j = new BatchJob();
            new CommandLine(j).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
            j.settings.warmUp();
            return new PairRun.Settings(
                j.settings.formats(), j.settings.read(), j.settings.qarin());
          });
}

package org.qarin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.qarin.batch.BatchSummary;
import org.qarin.batch.CombinedTmx;
import org.qarin.batch.CompilationViews;
import org.qarin.batch.Manifest;
import org.qarin.batch.PairJob;
import org.qarin.batch.PairOutput;
import org.qarin.batch.PairResult;
import org.qarin.cli.BatchSettings;
import org.qarin.cli.Main;
import org.qarin.export.CompilationPage;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.model.OutputException;
import org.qarin.model.Rendering;
import org.qarin.pipeline.Pipeline;
import org.qarin.pipeline.QarinOptions;
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
  /** Where partitions leave their TMX units until the driver joins them; removed after. */
  static final String FRAGMENTS = ".all.tmx.parts";

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
      Path out = files.path(outputDir);
      files.mkdirs(out);
      int n = Math.max(1, Math.min(tasks.size(), partitions(sc, tasks.size())));
      String[] line = args;
      String dir = outputDir;
      boolean resume = settings.resume();
      long startedAt = System.currentTimeMillis();
      files.delete(new Path(out, FRAGMENTS), true);
      JavaRDD<PairDone> done =
          sc.parallelize(tasks, n)
              .mapPartitionsWithIndex(
                  (partition, it) ->
                      runPartition(partition, it, line, dir, resume, startedAt, files),
                  true)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long failed = done.filter(d -> !result(d).ok()).count();
      Set<String> partialTargets = summarise(files, out, done, tasks.size(), failed);
      combineTmx(files, out, n);
      compilations(files, out, done, partialTargets);
      done.unpersist();
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
    if (!files.exists(m)) {
      throw new InputException(manifest, Problem.MISSING, "no such file", "check the path");
    }
    String text = files.readString(m);
    List<Manifest.Row> rows = Manifest.parse(manifest, text);
    List<PairTask> tasks = new ArrayList<>();
    for (Manifest.Row r : rows) {
      tasks.add(
          new PairTask(
              tasks.size(), r.id(), resolve(files, r.source()), resolve(files, r.target())));
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

  private static PairResult result(PairDone d) {
    return PairResult.parse(d.result()).orElseThrow();
  }

  /**
   * Runs a partition's pairs in order, streaming their TMX units into the partition's fragment.
   * Temporary files older than the job are leftovers of an interrupted run; younger ones may be
   * another attempt's, still being written, so they stay.
   */
  private static Iterator<PairDone> runPartition(
      int partition,
      Iterator<PairTask> tasks,
      String[] line,
      String outputDir,
      boolean resume,
      long startedAt,
      HadoopFiles files) {
    BatchJob job = PARSED.get(line).job();
    QarinOptions qarin = PARSED.get(line).options();
    Path out = files.path(outputDir);
    Path fragments = new Path(out, FRAGMENTS);
    files.mkdirs(fragments);
    List<PairDone> done = new ArrayList<>();
    files.write(
        new Path(fragments, fragmentName(partition)),
        units -> {
          while (tasks.hasNext()) {
            PairTask t = tasks.next();
            Path dir = new Path(out, t.id());
            files.removeLeftovers(dir, startedAt);
            PairResult result = resume ? finished(files, dir) : null;
            String pairUnits;
            if (result != null) {
              String earlier = files.readString(new Path(dir, PairJob.UNITS));
              pairUnits = earlier == null ? "" : earlier;
            } else {
              PairOutput output =
                  PairJob.audit(
                      t.id(),
                      Manifest.baseName(java.nio.file.Path.of(name(t.source()))),
                      () -> files.read(t.source(), job.settings.read()),
                      () -> files.read(t.target(), job.settings.read()),
                      job.settings.formats(),
                      qarin);
              result = output.result();
              pairUnits = output.units();
              if (result.ok()) {
                try {
                  write(files, dir, output);
                } catch (OutputException e) {
                  result = PairResult.failed(t.id(), e.getMessage());
                }
              }
            }
            if (result.ok()) {
              units.write(pairUnits);
            }
            done.add(new PairDone(t, result.toJson()));
          }
        });
    return done.iterator();
  }

  static String fragmentName(int partition) {
    return String.format(Locale.ROOT, "part-%05d.tmx", partition);
  }

  /** A pair an earlier run finished, or null. */
  private static PairResult finished(HadoopFiles files, Path dir) {
    String json = files.readString(new Path(dir, PairJob.RESULT));
    return json == null ? null : PairResult.parse(json).filter(PairResult::ok).orElse(null);
  }

  /** The pair's files, {@code result.json} last, so that it marks the others complete. */
  private static void write(HadoopFiles files, Path dir, PairOutput output) {
    files.mkdirs(dir);
    for (PairOutput.File f : output.files()) {
      files.write(new Path(dir, f.name()), w -> w.write(f.text()));
    }
  }

  /** The file name of a location. */
  static String name(String location) {
    return HadoopFiles.isUri(location)
        ? new Path(location).getName()
        : java.nio.file.Path.of(location).getFileName().toString();
  }

  /**
   * Writes both summaries from results streamed back a partition at a time, and reports failed
   * pairs on standard error; returns the targets that some pair renders partially.
   */
  private Set<String> summarise(
      HadoopFiles files, Path out, JavaRDD<PairDone> done, int pairs, long failed)
      throws IOException {
    Set<String> partialTargets = new HashSet<>();
    Path csv = new Path(out, BatchSummary.CSV);
    files.write(
        csv,
        csvOut ->
            files.write(
                new Path(out, BatchSummary.JSON),
                jsonOut -> {
                  BatchSummary summary = BatchSummary.open(csvOut, jsonOut, pairs, failed);
                  Iterator<PairDone> it = done.toLocalIterator();
                  while (it.hasNext()) {
                    PairDone d = it.next();
                    PairResult r = result(d);
                    summary.add(r);
                    if (!r.ok()) {
                      spec.commandLine().getErr().println("qarin: " + r.id() + ": " + r.error());
                    } else if (r.rendering().orElseThrow().shape() == Rendering.Shape.PARTIAL) {
                      partialTargets.add(key(d.task().target()));
                    }
                  }
                  summary.finish();
                }));
    return partialTargets;
  }

  /** {@code all.tmx} from the partitions' fragments, in partition order, which is pair order. */
  private static void combineTmx(HadoopFiles files, Path out, int partitions) {
    Path fragments = new Path(out, FRAGMENTS);
    files.write(
        new Path(out, CombinedTmx.NAME),
        w -> {
          CombinedTmx.head(w);
          for (int p = 0; p < partitions; p++) {
            Path part = new Path(fragments, fragmentName(p));
            try (InputStream in = files.fs(part).open(part);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
              r.transferTo(w);
            }
          }
          CombinedTmx.tail(w);
        });
    files.delete(fragments, true);
  }

  /** The one-page views of the targets that some pair renders partially. */
  private void compilations(
      HadoopFiles files, Path out, JavaRDD<PairDone> done, Set<String> partialTargets) {
    if (partialTargets.isEmpty()) {
      return;
    }
    Set<String> wanted = Set.copyOf(partialTargets);
    List<PairDone> involved =
        done.filter(d -> wanted.contains(key(d.task().target())) && result(d).ok()).collect();
    List<CompilationViews.Entry> entries = new ArrayList<>();
    Map<String, String> targets = new TreeMap<>();
    for (PairDone d : involved) {
      String key = key(d.task().target());
      targets.putIfAbsent(key, d.task().target());
      entries.add(
          new CompilationViews.Entry(
              d.task().id(),
              name(d.task().source()),
              name(d.task().target()),
              key,
              result(d).rendering().orElseThrow()));
    }
    QarinOptions qarin = settings.qarin();
    Path dir = new Path(out, CompilationViews.DIR);
    for (CompilationViews.Page page : CompilationViews.pages(entries, settings.formats())) {
      Document document;
      try {
        document =
            Pipeline.segment(
                files.read(targets.get(page.targetKey()), settings.read()),
                qarin.targetLanguage(),
                qarin);
      } catch (InputException e) {
        continue; // its pairs were audited, so this cannot happen unless the file changed meanwhile
      }
      files.mkdirs(dir);
      files.write(
          new Path(dir, page.fileName()), w -> CompilationPage.write(w, document, page.sources()));
    }
  }

  /** What tells targets apart, as qarin batch tells them apart. */
  static String key(String location) {
    return HadoopFiles.isUri(location)
        ? location
        : java.nio.file.Path.of(location).toAbsolutePath().normalize().toString();
  }

  /** The command line as an executor parses it, and the options it gives. */
  private record Parsed(BatchJob job, QarinOptions options) {
    static Parsed of(String[] args) {
      BatchJob j = new BatchJob();
      new CommandLine(j).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
      j.settings.warmUp();
      return new Parsed(j, j.settings.qarin());
    }
  }

  private static final Jobs.PerJvm<Parsed> PARSED = new Jobs.PerJvm<>(Parsed::of);
}

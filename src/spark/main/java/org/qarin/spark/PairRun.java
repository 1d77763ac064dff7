package org.qarin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
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
import org.qarin.export.CompilationPage;
import org.qarin.export.OutputFormat;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.OutputException;
import org.qarin.model.Rendering;
import org.qarin.pipeline.Pipeline;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.ReadOptions;

/**
 * Audits pairs on Spark into a batch's output folder, byte-identical to {@code qarin batch}: each
 * executor audits its partition's pairs in order and writes each pair's files whole, {@code
 * result.json} last, and its TMX units to one fragment; the driver streams the small per-pair
 * results back for the summaries and joins the fragments into {@code all.tmx}. {@link BatchJob}
 * runs a manifest's pairs through it, {@link MatchJob} the renderings a match found.
 */
final class PairRun {
  /** Where partitions leave their TMX units until the driver joins them; removed after. */
  static final String FRAGMENTS = ".all.tmx.parts";

  private PairRun() {}

  /** What every pair is audited with. */
  record Settings(List<OutputFormat> formats, ReadOptions read, QarinOptions qarin) {}

  /**
   * The settings a job's command line gives, made on each executor from the line itself (options
   * and models are not serialisable); serialisable, as Spark sends it with the tasks.
   */
  interface SettingsOf extends Function<String[], Settings>, Serializable {}

  /** Where and how a run writes, and the command line its settings come from. */
  record Plan(
      String outputDir, int partitions, boolean resume, String[] line, SettingsOf settingsOf)
      implements Serializable {
    Settings settings() {
      return settingsOf.apply(line);
    }
  }

  /**
   * Audits the pairs, writes the summaries, {@code all.tmx} and {@code compilations/}, and reports
   * each failed pair on {@code err}; returns the number of failed pairs.
   */
  static long run(
      JavaSparkContext sc, HadoopFiles files, List<PairTask> tasks, Plan plan, PrintWriter err) {
    Path out = files.path(plan.outputDir());
    files.mkdirs(out);
    long startedAt = System.currentTimeMillis();
    files.delete(new Path(out, FRAGMENTS), true);
    JavaRDD<PairDone> done =
        sc.parallelize(tasks, plan.partitions())
            .mapPartitionsWithIndex(
                (partition, it) -> runPartition(partition, it, plan, startedAt, files), true)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long failed = done.filter(d -> !result(d).ok()).count();
    try {
      Set<String> partialTargets = summarise(files, out, done, tasks.size(), failed, err);
      combineTmx(files, out, plan.partitions());
      compilations(files, out, done, partialTargets, plan.settings());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      done.unpersist();
    }
    return failed;
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
      int partition, Iterator<PairTask> tasks, Plan plan, long startedAt, HadoopFiles files) {
    Settings settings = plan.settings();
    Path out = files.path(plan.outputDir());
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
            PairResult result = plan.resume() ? finished(files, dir) : null;
            String pairUnits;
            if (result != null) {
              String earlier = files.readString(new Path(dir, PairJob.UNITS));
              pairUnits = earlier == null ? "" : earlier;
            } else {
              PairOutput output =
                  PairJob.audit(
                      t.id(),
                      Manifest.baseName(java.nio.file.Path.of(name(t.source()))),
                      () -> files.read(t.source(), settings.read()),
                      () -> files.read(t.target(), settings.read()),
                      settings.formats(),
                      PairJob.withRendering(settings.qarin(), t.rendering()));
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
  private static Set<String> summarise(
      HadoopFiles files, Path out, JavaRDD<PairDone> done, int pairs, long failed, PrintWriter err)
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
                      err.println("qarin: " + r.id() + ": " + r.error());
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
  private static void compilations(
      HadoopFiles files,
      Path out,
      JavaRDD<PairDone> done,
      Set<String> partialTargets,
      Settings settings) {
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
        : CompilationViews.targetKey(java.nio.file.Path.of(location));
  }
}

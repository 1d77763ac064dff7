package org.qarin;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.qarin.batch.BatchOptions;
import org.qarin.batch.BatchRunner;
import org.qarin.batch.PairResult;
import org.qarin.batch.PairSpec;
import org.qarin.export.OutputFormat;
import org.qarin.match.DocumentFolders;
import org.qarin.match.DocumentMatcher;
import org.qarin.match.MatchOptions;
import org.qarin.match.MatchResult;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.Language;
import org.qarin.model.Report;
import org.qarin.pipeline.Pipeline;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.Format;
import org.qarin.read.InputText;
import org.qarin.read.ReadOptions;

/**
 * qarin as a library: segment, align and audit an Arabic text and its English translation. Every
 * method is thread-safe; models load once per process and are shared.
 */
public final class Qarin {
  private Qarin() {}

  /** The sentences of one input, in the language given or detected. */
  public static Document segment(
      InputText text, java.util.Optional<Language> language, QarinOptions options) {
    return Pipeline.segment(text, language, options);
  }

  /**
   * Segments both inputs and aligns them.
   *
   * @throws InputException when an input is unusable or both are in the same language
   */
  public static Alignment align(InputText source, InputText target, QarinOptions options) {
    return Pipeline.align(source, target, options);
  }

  /**
   * Aligns two documents already segmented.
   *
   * @throws InputException when both are in the same language, or either has more sentences than
   *     the options' limit (checked before any work, as the memory needed grows with their product)
   */
  public static Alignment align(Document source, Document target, QarinOptions options) {
    return Pipeline.align(source, target, options);
  }

  /**
   * Segments, aligns and audits two inputs: what the translation dropped, added, moved and changed.
   *
   * @throws InputException when an input is unusable or both are in the same language
   */
  public static Report audit(InputText source, InputText target, QarinOptions options) {
    return Pipeline.audit(source, target, options);
  }

  /**
   * Audits an alignment already made, with the options' lexicon; findings below the options' least
   * confidence are left out.
   */
  public static Report audit(Alignment alignment, QarinOptions options) {
    return Pipeline.audit(alignment, options);
  }

  /** Segments, aligns and audits two files with the default options. */
  public static Report audit(Path source, Path target) {
    return audit(read(source), read(target), QarinOptions.defaults());
  }

  /**
   * Reads a file (.txt in any supported encoding, .html, .md).
   *
   * @throws InputException when it is missing, unreadable, empty, binary or undecodable
   */
  public static InputText read(Path file) {
    return DocumentReader.read(file, ReadOptions.defaults());
  }

  /** Wraps text already in memory as plain text. */
  public static InputText text(String name, String text) {
    return DocumentReader.of(name, text, Format.TEXT);
  }

  /** Writes a report in one format. */
  public static void export(Report report, OutputFormat format, Writer out) throws IOException {
    format.exporter().write(report, out);
  }

  /**
   * Finds, for each source document, the target documents that render it in whole or in part:
   * candidates from an in-memory BM25 index over lexicon-translated terms, names and numbers, then
   * scored by the aligner. Documents pair only with documents in the other language. The result
   * does not depend on the input order or the number of threads.
   *
   * <pre>{@code
   * MatchResult r = Qarin.match(Path.of("arabic"), Path.of("english"));
   * for (Match m : r.matches()) System.out.println(m.source() + " -> " + m.target() + " " + m.verdict());
   * }</pre>
   */
  public static MatchResult match(
      List<Document> sources, List<Document> targets, MatchOptions options) {
    return match(sources, targets, options, (done, total) -> {});
  }

  /** Matches the documents of two folders with the default options; unusable files are left out. */
  public static MatchResult match(Path sourceDir, Path targetDir) {
    MatchOptions o = MatchOptions.defaults();
    return match(
        DocumentFolders.read(sourceDir, ReadOptions.defaults(), o.qarin(), o.threads()).documents(),
        DocumentFolders.read(targetDir, ReadOptions.defaults(), o.qarin(), o.threads()).documents(),
        o);
  }

  /**
   * Like {@link #match(List, List, MatchOptions)}, telling {@code progress} how many pairs are
   * scored.
   */
  public static MatchResult match(
      List<Document> sources,
      List<Document> targets,
      MatchOptions options,
      DocumentMatcher.Progress progress) {
    return new DocumentMatcher(options).match(sources, targets, progress);
  }

  /**
   * Audits many pairs, a worker per core, writing each pair's files, the summaries and the combined
   * TMX into the options' output folder; the results come in pair order.
   */
  public static List<PairResult> batch(List<PairSpec> pairs, BatchOptions options)
      throws InterruptedException {
    return BatchRunner.run(pairs, options, (done, total) -> {});
  }
}

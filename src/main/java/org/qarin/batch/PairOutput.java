package org.qarin.batch;

import java.util.List;
import java.util.Objects;

/**
 * One pair of a batch audited in memory, before anything is written: its result, the files of its
 * folder in the order they are written (the last, {@code result.json}, marks the pair finished) and
 * the {@code tu} elements it adds to the combined TMX. A failed pair has no files and no units.
 * Where the files go is the caller's business: a local folder for {@code qarin batch}, a Hadoop
 * file system for the Spark job.
 */
public record PairOutput(PairResult result, List<File> files, String units) {
  /** A file of the pair's folder: its name and its UTF-8 text. */
  public record File(String name, String text) {
    public File {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }

  public PairOutput {
    Objects.requireNonNull(result, "result");
    files = List.copyOf(files);
    Objects.requireNonNull(units, "units");
  }

  static PairOutput failed(String id, String error) {
    return new PairOutput(PairResult.failed(id, error), List.of(), "");
  }
}

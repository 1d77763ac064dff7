package org.qarin.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One pair of a batch: its id (the name of its output folder), the source and its translation.
 */
public record PairSpec(String id, Path source, Path target) {
  public PairSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException("not a usable pair id: '" + id + "'");
    }
  }
}

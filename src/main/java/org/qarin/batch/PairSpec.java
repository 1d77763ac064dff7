package org.qarin.batch;

import java.nio.file.Path;
import java.util.Objects;
import org.qarin.model.Rendering;

/**
 * One pair of a batch: its id (the name of its output folder), the source and its translation, and
 * what is known of the rendering's shape ({@code AUTO}: the options say).
 */
public record PairSpec(String id, Path source, Path target, Rendering.Choice rendering) {
  public PairSpec(String id, Path source, Path target) {
    this(id, source, target, Rendering.Choice.AUTO);
  }

  public PairSpec {
    Objects.requireNonNull(rendering, "rendering");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (id.isEmpty()
        || id.contains("/")
        || id.contains("\\")
        || id.equals(".")
        || id.equals("..")) {
      throw new IllegalArgumentException("not a usable pair id: '" + id + "'");
    }
  }
}

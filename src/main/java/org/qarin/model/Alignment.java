package org.qarin.model;

import java.util.List;
import java.util.Objects;

/** The links between a source document and its translation. */
public record Alignment(Document source, Document target, List<Link> links) {
  public Alignment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    links = List.copyOf(links);
  }
}

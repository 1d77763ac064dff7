package org.qarin.model;

import java.util.List;
import java.util.Objects;

/**
 * A bead of the alignment: source sentence indices, target sentence indices (either may be empty,
 * not both), the kind, and the aligner's confidence in {@code [0, 1]}.
 */
public record Link(List<Integer> source, List<Integer> target, LinkKind kind, double score) {
  public Link {
    source = List.copyOf(source);
    target = List.copyOf(target);
    Objects.requireNonNull(kind, "kind");
    if (source.isEmpty() && target.isEmpty()) {
      throw new IllegalArgumentException("a link needs at least one sentence");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }

  /** A link with both sides and an ALIGNED kind. */
  public static Link aligned(List<Integer> source, List<Integer> target, double score) {
    return new Link(source, target, LinkKind.ALIGNED, score);
  }

  public boolean oneSided() {
    return source.isEmpty() || target.isEmpty();
  }

  /** The link in the contract's text format, e.g. {@code [0, 1]:[2]}. */
  public String format() {
    return formatSide(source) + ":" + formatSide(target);
  }

  private static String formatSide(List<Integer> side) {
    StringBuilder sb = new StringBuilder("[");
    for (int k = 0; k < side.size(); k++) {
      sb.append(k == 0 ? "" : ", ").append(side.get(k));
    }
    return sb.append(']').toString();
  }
}

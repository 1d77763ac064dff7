package org.qarin.match;

import java.util.List;
import java.util.Objects;

/** The matches reported for one source document, best first; empty when no target renders it. */
public record SourceMatches(String source, List<Match> matches) {
  public SourceMatches {
    Objects.requireNonNull(source, "source");
    matches = List.copyOf(matches);
  }

  /** The verdict of the best match that renders the source, or {@link Verdict#NONE}. */
  public Verdict verdict() {
    return matches.stream()
        .filter(Match::renders)
        .findFirst()
        .map(Match::verdict)
        .orElse(Verdict.NONE);
  }
}

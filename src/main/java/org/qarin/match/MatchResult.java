package org.qarin.match;

import java.util.List;

/** What matching found: per source document, in name order, its matches best first. */
public record MatchResult(List<SourceMatches> sources) {
  public MatchResult {
    sources = List.copyOf(sources);
  }

  /** Every reported match, by source name, then best first. */
  public List<Match> matches() {
    return sources.stream().flatMap(s -> s.matches().stream()).toList();
  }

  /** The names of the source documents that no target renders, in name order. */
  public List<String> unmatched() {
    return sources.stream()
        .filter(s -> s.verdict() == Verdict.NONE)
        .map(SourceMatches::source)
        .toList();
  }
}

package org.qarin.model;

import java.util.List;
import java.util.Objects;

/**
 * Something a reviewer should look at: its kind and severity, the source and target sentences it
 * is about, a one-line explanation, and where it applies the exact words ({@code [start, end)}
 * offsets into each document's text).
 */
public record Finding(
    FindingKind kind,
    Severity severity,
    List<Integer> source,
    List<Integer> target,
    String message,
    List<Span> sourceSpans,
    List<Span> targetSpans) {
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    source = List.copyOf(source);
    target = List.copyOf(target);
    sourceSpans = List.copyOf(sourceSpans);
    targetSpans = List.copyOf(targetSpans);
  }

  /** A finding about whole sentences, without word spans. */
  public static Finding of(
      FindingKind kind, Severity severity, List<Integer> source, List<Integer> target, String message) {
    return new Finding(kind, severity, source, target, message, List.of(), List.of());
  }
}

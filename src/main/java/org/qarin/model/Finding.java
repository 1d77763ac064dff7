package org.qarin.model;

import java.util.List;
import java.util.Objects;

/**
 * Something a reviewer should look at: its kind and severity, the source and target sentences it is
 * about, a one-line explanation, where it applies the exact words ({@code [start, end)} offsets
 * into each document's text), and how likely it is to be right.
 *
 * @param confidence the probability, in [0, 1], that a reviewer would confirm the finding
 */
public record Finding(
    FindingKind kind,
    Severity severity,
    List<Integer> source,
    List<Integer> target,
    String message,
    List<Span> sourceSpans,
    List<Span> targetSpans,
    double confidence) {
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    source = List.copyOf(source);
    target = List.copyOf(target);
    sourceSpans = List.copyOf(sourceSpans);
    targetSpans = List.copyOf(targetSpans);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  /** A finding that is certain until the audit weighs its evidence. */
  public Finding(
      FindingKind kind,
      Severity severity,
      List<Integer> source,
      List<Integer> target,
      String message,
      List<Span> sourceSpans,
      List<Span> targetSpans) {
    this(kind, severity, source, target, message, sourceSpans, targetSpans, 1);
  }

  /** The same finding with the confidence and severity its evidence earns. */
  public Finding weighed(double confidence, Severity severity) {
    return new Finding(
        kind, severity, source, target, message, sourceSpans, targetSpans, confidence);
  }

  /** A finding about whole sentences, without word spans. */
  public static Finding of(
      FindingKind kind,
      Severity severity,
      List<Integer> source,
      List<Integer> target,
      String message) {
    return new Finding(kind, severity, source, target, message, List.of(), List.of());
  }
}

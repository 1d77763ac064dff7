package org.qarin.audit;

import java.util.List;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Severity;
import org.qarin.model.Span;

/**
 * The two findings the content checks make about an aligned pair, worded alike for numbers, dates
 * and names: something one side has and the other lacks, and something both have but differently.
 */
final class PairFindings {
  private PairFindings() {}

  /** "WHAT in the source is not in the translation" (or the other way round), a warning. */
  static Finding oneSided(
      FindingKind kind, Side source, Side target, boolean inSource, Span span, String what) {
    String message =
        what
            + (inSource
                ? " in the source is not in the translation"
                : " in the translation is not in the source");
    return new Finding(
        kind,
        Severity.WARNING,
        source.sentences(),
        target.sentences(),
        message,
        inSource ? List.of(span) : List.of(),
        inSource ? List.of() : List.of(span));
  }

  /** "PREFIX a in the source is b in the translation", a critical finding. */
  static Finding changed(
      FindingKind kind, Side source, Side target, Span a, Span b, String prefix) {
    String message =
        prefix
            + source.text(a.start(), a.end())
            + " in the source is "
            + target.text(b.start(), b.end())
            + " in the translation";
    return new Finding(
        kind,
        Severity.CRITICAL,
        source.sentences(),
        target.sentences(),
        message,
        List.of(a),
        List.of(b));
  }
}

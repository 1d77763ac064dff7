package org.qarin.audit;

import java.util.Objects;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Alignment;
import org.qarin.model.Rendering;
import org.qarin.model.Report;

/**
 * Audits an alignment: what the translation dropped, added, moved, merged and split, page
 * furniture, numbers, dates, names, negation and quotations that differ within aligned pairs,
 * lengths far from the expected, the words of each pair with no counterpart, and the coverage of
 * the source. Immutable and thread-safe: each call works on its own state.
 */
public final class Auditor {
  private final Lexicon lexicon;
  private final Rendering.Choice rendering;

  /** An auditor that matches words with {@code lexicon} and decides the rendering's shape. */
  public Auditor(Lexicon lexicon) {
    this(lexicon, Rendering.Choice.AUTO);
  }

  /**
   * An auditor that matches words with {@code lexicon} and takes the rendering's shape as {@code
   * rendering} says: a partial rendering reports what lies outside the passage it renders once per
   * stretch, not sentence by sentence.
   */
  public Auditor(Lexicon lexicon, Rendering.Choice rendering) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.rendering = Objects.requireNonNull(rendering, "rendering");
  }

  /** The findings, word gaps and figures of an alignment, findings in a stable order. */
  public Report audit(Alignment alignment) {
    Objects.requireNonNull(alignment, "alignment");
    return new Audit(alignment, new WordMatcher(lexicon), rendering, Audit.Listener.NONE).run();
  }

  /** The audit, telling {@code listener} each finding's evidence (for fitting the calibration). */
  Report audit(Alignment alignment, Audit.Listener listener) {
    return new Audit(
            Objects.requireNonNull(alignment, "alignment"),
            new WordMatcher(lexicon),
            rendering,
            listener)
        .run();
  }
}

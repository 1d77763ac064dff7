package org.qarin.export;

import java.util.ArrayList;
import java.util.List;
import org.qarin.model.FindingKind;
import org.qarin.model.Rendering;
import org.qarin.model.Report;

/**
 * What a translation renders of its source, said in words, for the report page and the terminal.
 */
public final class RenderingText {
  private RenderingText() {}

  /**
   * What the translation renders of the source, in one sentence: "The translation renders source
   * sentences 6–9 of 27 in its section 'Reaching Out to Russia' (target sentences 20–25); the rest
   * of the translation renders other sources."
   */
  public static String sentence(Report report) {
    Rendering r = report.summary().rendering();
    return switch (r.shape()) {
      case WHOLE -> "The translation renders the source as a whole.";
      case NONE -> "The translation renders none of the source.";
      case PARTIAL, SUMMARY -> {
        List<String> where = new ArrayList<>();
        boolean sections = r.target().stream().allMatch(s -> s.heading().isPresent());
        for (Rendering.Stretch s : r.target()) {
          String sentences = "target sentences " + range(s);
          where.add(s.heading().map(h -> "'" + h + "' (" + sentences + ")").orElse(sentences));
        }
        String in = sections ? (where.size() == 1 ? "its section " : "its sections ") : "";
        boolean other = report.summary().count(FindingKind.OTHER_CONTENT) > 0;
        yield (r.shape() == Rendering.Shape.SUMMARY
                ? "The translation sums up"
                : "The translation renders")
            + " source sentences "
            + join(r.source().stream().map(RenderingText::range).toList())
            + " of "
            + report.alignment().source().size()
            + " in "
            + in
            + join(where)
            + (other ? "; the rest of the translation renders other sources." : ".");
      }
    };
  }

  static String range(Rendering.Stretch s) {
    return range(s.from(), s.to());
  }

  /** "6" or "6–9": sentences {@code from} to {@code to}, both included. */
  static String range(int from, int to) {
    return from == to ? Integer.toString(from) : from + "\u2013" + to;
  }

  /** "a", "a and b", "a, b and c". */
  private static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}

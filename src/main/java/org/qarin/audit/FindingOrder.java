package org.qarin.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.Link;
import org.qarin.model.Span;

/**
 * The order of a report's findings: by first source sentence, then first target sentence, then
 * kind, then message and spans, so that equal inputs give byte-equal reports. A finding about
 * translation sentences only sorts where its link stands, after the source sentence before it, as
 * link files order target-only lines.
 */
final class FindingOrder {
  private FindingOrder() {}

  /** A comparator for the findings of {@code alignment}. */
  static Comparator<Finding> of(Alignment alignment) {
    int[] anchorOfTarget = targetAnchors(alignment);
    return Comparator.<Finding>comparingInt(f -> anchor(f, anchorOfTarget))
        .thenComparingInt(f -> first(f.target()))
        .thenComparing(Finding::kind)
        .thenComparing(Finding::message)
        .thenComparing(f -> spans(f.sourceSpans()))
        .thenComparing(f -> spans(f.targetSpans()));
  }

  /** Twice the first source index; for target-only findings, one more than the source before. */
  private static int anchor(Finding f, int[] anchorOfTarget) {
    if (!f.source().isEmpty()) {
      return 2 * f.source().get(0);
    }
    return f.target().isEmpty() ? -1 : anchorOfTarget[f.target().get(0)];
  }

  /** For each target sentence, the anchor of the link holding it. */
  private static int[] targetAnchors(Alignment alignment) {
    int[] anchors = new int[alignment.target().size()];
    int lastSource = -1;
    for (Link l : alignment.links()) {
      int anchor = l.source().isEmpty() ? 2 * lastSource + 1 : 2 * l.source().get(0);
      for (int j : l.target()) {
        if (j >= 0 && j < anchors.length) {
          anchors[j] = anchor;
        }
      }
      if (!l.source().isEmpty()) {
        lastSource = l.source().get(l.source().size() - 1);
      }
    }
    return anchors;
  }

  private static int first(List<Integer> indices) {
    return indices.isEmpty() ? -1 : indices.get(0);
  }

  private static String spans(List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(String.format(Locale.ROOT, "%010d%010d", s.start(), s.end()));
    }
    return sb.toString();
  }
}

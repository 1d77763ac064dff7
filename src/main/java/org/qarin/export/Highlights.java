package org.qarin.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.qarin.model.Document;
import org.qarin.model.Sentence;
import org.qarin.model.Span;

/**
 * Word highlights of one document: spans (document offsets) with a CSS class and a tooltip, cut to
 * the sentences they fall in and rendered as escaped HTML with {@code <mark>} elements.
 */
final class Highlights {
  /** A highlight inside one sentence, in offsets relative to the sentence's text. */
  private record Mark(int start, int end, String cssClass, String title) {}

  private final Document doc;
  private final Map<Integer, List<Mark>> bySentence = new HashMap<>();

  Highlights(Document doc) {
    this.doc = doc;
  }

  /** Highlights {@code span} in every sentence it overlaps; empty spans highlight nothing. */
  void add(Span span, String cssClass, String title) {
    for (int i = firstEndingAfter(span.start()); i < doc.size(); i++) {
      Sentence s = doc.sentence(i);
      if (s.start() >= span.end()) {
        break;
      }
      addClipped(s, span, cssClass, title);
    }
  }

  /** The sentence's text, escaped, with its highlights as {@code <mark>} elements. */
  String render(Sentence s) {
    List<Mark> marks = bySentence.getOrDefault(s.index(), List.of());
    return marks.isEmpty() ? Html.escape(s.text()) : renderMarked(s.text(), marks);
  }

  /**
   * Cuts the text at every mark boundary and sweeps the pieces in order, keeping the marks that
   * cover the current piece: linear in the marks, however many overlap.
   */
  private static String renderMarked(String text, List<Mark> marks) {
    StringBuilder out = new StringBuilder(text.length() + 64 * marks.size());
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(Mark::start));
    int[] cuts = cuts(sorted, text.length());
    List<Mark> active = new ArrayList<>();
    int next = 0;
    for (int k = 0; k + 1 < cuts.length; k++) {
      int from = cuts[k];
      active.removeIf(m -> m.end() <= from);
      for (; next < sorted.size() && sorted.get(next).start() <= from; next++) {
        active.add(sorted.get(next));
      }
      segment(out, text.substring(from, cuts[k + 1]), active);
    }
    return out.toString();
  }

  /** The first sentence that ends after {@code offset}, by binary search over document order. */
  private int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = doc.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (doc.sentence(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void addClipped(Sentence s, Span span, String cssClass, String title) {
    String text = s.text();
    int start = pairSafe(text, Math.max(span.start() - s.start(), 0));
    int end = pairSafe(text, Math.min(span.end() - s.start(), text.length()));
    if (start < end) {
      bySentence
          .computeIfAbsent(s.index(), k -> new ArrayList<>())
          .add(new Mark(start, end, cssClass, title));
    }
  }

  /** Moves a cut that would split a surrogate pair to before the pair, keeping the pair whole. */
  private static int pairSafe(String text, int at) {
    boolean inPair =
        at > 0
            && at < text.length()
            && Character.isHighSurrogate(text.charAt(at - 1))
            && Character.isLowSurrogate(text.charAt(at));
    return inPair ? at - 1 : at;
  }

  private static int[] cuts(List<Mark> marks, int length) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
    for (Mark m : marks) {
      cuts.add(m.start());
      cuts.add(m.end());
    }
    return cuts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** One piece of text between cuts: plain, or one {@code <mark>} for all highlights over it. */
  private static void segment(StringBuilder out, String text, List<Mark> active) {
    if (active.isEmpty()) {
      out.append(Html.escape(text));
      return;
    }
    Set<String> classes = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    for (Mark m : active) {
      classes.addAll(List.of(m.cssClass().split(" ")));
      titles.add(m.title());
    }
    out.append("<mark class=\"")
        .append(Html.escape(String.join(" ", classes)))
        .append("\" title=\"")
        .append(Html.escape(String.join("; ", titles)))
        .append("\">")
        .append(Html.escape(text))
        .append("</mark>");
  }
}

package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Link;
import org.qarin.model.Rendering;
import org.qarin.model.Rendering.Choice;
import org.qarin.model.Rendering.Shape;
import org.qarin.model.Rendering.Stretch;

/**
 * Decides what a translation renders of its source, from the links and the layout. The linked
 * target sentences fall into stretches, which break where a section starts (an unlinked heading
 * followed by an unlinked sentence) and at long runs of unlinked sentences; each stretch takes in
 * its section's heading and the few unlinked sentences around its links up to the section's end
 * (additions within the section). What the stretches leave of the translation is other content:
 * when there is much of it, or when the source passages the stretches render leave most of the
 * source out, the rendering is partial, and the reviewer is told about those parts once each rather
 * than sentence by sentence.
 */
final class RenderingShape {
  /**
   * More unlinked sentences than this in a row end a stretch: an edited translation adds a
   * paragraph of context, not a section's worth.
   */
  static final int BREAK = 6;

  /**
   * The translation is partial when its content sentences outside the stretches are at least this
   * many, and {@link #OTHER_SHARE} of its content sentences.
   */
  static final int MIN_OUTSIDE = 4;

  static final double OTHER_SHARE = 0.2;

  /**
   * ... or when the source's content sentences outside the passages are at least {@link
   * #MIN_OUTSIDE} and this share of them: an article that took a few paragraphs of a long
   * statement. Edited translations drop single sentences, not half the source.
   */
  static final double LEFT_OUT_SHARE = 0.5;

  /** Unrendered source sentences between two passages up to which they are one passage. */
  static final int MERGE_GAP = 3;

  private RenderingShape() {}

  static Rendering of(
      Alignment alignment,
      Furniture[] sourceFurniture,
      Furniture[] targetFurniture,
      Choice choice) {
    Document source = alignment.source();
    Document target = alignment.target();
    if (choice == Choice.WHOLE) {
      return Rendering.whole(source.size(), target.size());
    }
    List<Link> pairs = alignment.links().stream().filter(l -> !l.oneSided()).toList();
    if (pairs.isEmpty()) {
      return new Rendering(Shape.NONE, List.of(), List.of());
    }
    boolean[] linked = new boolean[target.size()];
    pairs.forEach(l -> l.target().forEach(j -> linked[j] = true));
    List<Stretch> stretches = stretches(target, linked, targetFurniture);
    List<Stretch> passages = passages(pairs, stretches);
    Rendering partial = new Rendering(Shape.PARTIAL, passages, stretches);
    if (choice == Choice.PARTIAL) {
      return partial;
    }
    int targetContent = content(target, targetFurniture, null);
    int otherContent = targetContent - content(target, targetFurniture, partial.target());
    int sourceContent = content(source, sourceFurniture, null);
    int leftOut = sourceContent - content(source, sourceFurniture, partial.source());
    boolean isPartial =
        (otherContent >= MIN_OUTSIDE && otherContent >= OTHER_SHARE * targetContent)
            || (leftOut >= MIN_OUTSIDE && leftOut >= LEFT_OUT_SHARE * sourceContent);
    return isPartial ? partial : Rendering.whole(source.size(), target.size());
  }

  /** The stretches of linked target sentences, each grown to the bounds of its section. */
  private static List<Stretch> stretches(Document target, boolean[] linked, Furniture[] furniture) {
    List<int[]> runs = new ArrayList<>();
    int previous = -1;
    for (int j = 0; j < linked.length; j++) {
      if (!linked[j]) {
        continue;
      }
      if (previous < 0 || j - previous - 1 > BREAK || target.sectionBetween(previous, j, linked)) {
        runs.add(new int[] {j, j});
      } else {
        runs.get(runs.size() - 1)[1] = j;
      }
      previous = j;
    }
    List<Stretch> out = new ArrayList<>();
    for (int[] run : runs) {
      int from = startOfSection(target, run[0], linked, furniture);
      int to = endOfSection(target, run[1], linked, furniture);
      Optional<String> heading =
          target.heading(from)
              ? Optional.of(target.sentence(from).text().strip())
              : Optional.empty();
      out.add(new Stretch(from, to, heading));
    }
    return out;
  }

  /**
   * The first sentence of the section of {@code first}: back over unlinked article sentences to the
   * heading that opens the section, or to the document's start, when at most {@link #BREAK} lie
   * between; otherwise {@code first} itself. A linked heading (an article's title) takes in the
   * unlinked heading right above it, the compilation's title for the section.
   */
  private static int startOfSection(
      Document d, int first, boolean[] linked, Furniture[] furniture) {
    if (d.heading(first)) {
      // a linked title: the section's own heading, if any, stands right above it
      return first > 0 && d.heading(first - 1) && !linked[first - 1] && furniture[first - 1] == null
          ? first - 1
          : first;
    }
    for (int j = first - 1; j >= 0 && first - j - 1 <= BREAK; j--) {
      if (linked[j] || furniture[j] != null) {
        return first;
      }
      if (d.heading(j)) {
        return j;
      }
      if (j == 0) {
        return 0;
      }
    }
    return first;
  }

  /**
   * The last sentence of the section of {@code last}: on over unlinked article sentences up to the
   * next heading or the document's end, when at most {@link #BREAK} lie between; otherwise {@code
   * last} itself.
   */
  private static int endOfSection(Document d, int last, boolean[] linked, Furniture[] furniture) {
    for (int j = last + 1; j < d.size(); j++) {
      if (d.heading(j) || furniture[j] != null) {
        return j - last - 1 <= BREAK ? j - 1 : last;
      }
      if (linked[j]) {
        return last;
      }
    }
    return d.size() - 1 - last <= BREAK ? d.size() - 1 : last;
  }

  /**
   * The source passages the stretches render: for each stretch, its linked source sentences from
   * first to last; passages that overlap, or lie at most {@link #MERGE_GAP} apart, are one.
   */
  private static List<Stretch> passages(List<Link> pairs, List<Stretch> stretches) {
    List<int[]> ranges = new ArrayList<>();
    for (Stretch s : stretches) {
      TreeSet<Integer> sources = new TreeSet<>();
      pairs.stream()
          .filter(l -> l.target().stream().anyMatch(s::contains))
          .forEach(l -> sources.addAll(l.source()));
      if (!sources.isEmpty()) {
        ranges.add(new int[] {sources.first(), sources.last()});
      }
    }
    ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    List<Stretch> out = new ArrayList<>();
    int[] current = null;
    for (int[] r : ranges) {
      if (current != null && r[0] - current[1] - 1 <= MERGE_GAP) {
        current[1] = Math.max(current[1], r[1]);
      } else {
        if (current != null) {
          out.add(new Stretch(current[0], current[1]));
        }
        current = r.clone();
      }
    }
    out.add(new Stretch(current[0], current[1]));
    return out;
  }

  /** The article sentences (neither furniture nor headings), of {@code within} when not null. */
  private static int content(Document d, Furniture[] furniture, List<Stretch> within) {
    int n = 0;
    for (int i = 0; i < d.size(); i++) {
      final int k = i;
      if (furniture[i] == null
          && !d.heading(i)
          && (within == null || within.stream().anyMatch(s -> s.contains(k)))) {
        n++;
      }
    }
    return n;
  }
}

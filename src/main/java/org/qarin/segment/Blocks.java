package org.qarin.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits analysis text into paragraphs (at blank lines) and paragraphs into blocks (at hard line
 * breaks).
 *
 * <p>A line break inside a paragraph is hard (it ends a sentence: headlines, datelines, list items,
 * captions) unless the document is hard-wrapped, as e-mail and some plain-text exports are. A break
 * is a soft wrap when the document's lines mostly fill its width, the next line does not start a
 * list item, and the line plus the next line's first word would have overflowed that width: the
 * test a wrapping program applies.
 */
final class Blocks {
  private static final Pattern LIST_ITEM =
      Pattern.compile("\\s*(?:[-–—•·*▪●◦]\\s|[0-9٠-٩]{1,3}[.)]\\s|\\p{L}\\)\\s)");
  private static final double WRAPPED_SHARE = 0.8;
  private static final int MIN_WRAP_WIDTH = 40;

  private Blocks() {}

  static List<Block> of(String text) {
    List<Line> lines = Line.split(text);
    int width = lines.stream().mapToInt(Line::length).max().orElse(0);
    boolean wrapped = looksWrapped(lines, width);
    List<Block> blocks = new ArrayList<>();
    int paragraph = -1;
    Line first = null;
    Line previous = null;
    for (Line line : lines) {
      if (line.blank()) {
        close(blocks, first, previous, paragraph);
        first = previous = null;
        continue;
      }
      if (previous == null) {
        paragraph++;
      } else if (!(wrapped && softWrap(previous, line, width))) {
        close(blocks, first, previous, paragraph);
        first = null;
      }
      first = first == null ? line : first;
      previous = line;
    }
    close(blocks, first, previous, paragraph);
    return blocks;
  }

  private static void close(List<Block> blocks, Line first, Line last, int paragraph) {
    if (first != null) {
      blocks.add(new Block(first.start(), last.end(), paragraph));
    }
  }

  private static boolean softWrap(Line line, Line next, int width) {
    return !next.listItem() && line.length() + 1 + next.firstWordLength() > width;
  }

  /** True when most lines that continue a paragraph fill the document's width. */
  private static boolean looksWrapped(List<Line> lines, int width) {
    int continued = 0;
    int full = 0;
    for (int k = 0; k + 1 < lines.size(); k++) {
      if (!lines.get(k).blank() && !lines.get(k + 1).blank()) {
        continued++;
        full += lines.get(k).length() >= 0.75 * width ? 1 : 0;
      }
    }
    return width >= MIN_WRAP_WIDTH && continued > 0 && full >= WRAPPED_SHARE * continued;
  }

  /** A line of the analysis text: its offsets, its length without surrounding white space. */
  private record Line(int start, int end, int length, int firstWordLength, boolean listItem) {
    static List<Line> split(String text) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      while (start <= text.length()) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        lines.add(of(text, start, end));
        start = end + 1;
      }
      return lines;
    }

    private static Line of(String text, int start, int end) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int word = s;
      while (word < e && !Character.isWhitespace(text.charAt(word))) {
        word++;
      }
      boolean listItem = LIST_ITEM.matcher(text).region(start, end).lookingAt();
      return new Line(start, end, e - s, word - s, listItem);
    }

    boolean blank() {
      return length == 0;
    }
  }
}

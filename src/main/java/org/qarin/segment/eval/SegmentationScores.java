package org.qarin.segment.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence-boundary precision, recall and F1, as the project's reference segmentation scorer
 * defines them: boundaries are positions in the text with all white space removed; the end of the
 * text is no decision; a prediction whose text differs from the gold's is an error.
 */
public final class SegmentationScores {
  private long tp;
  private long fp;
  private long fn;

  /**
   * Adds one document.
   *
   * @throws IllegalArgumentException when the predicted sentences lost or changed text
   */
  public void add(String name, List<String> gold, List<String> predicted) {
    Set<Integer> g = boundaries(gold);
    Set<Integer> p = boundaries(predicted);
    String gt = String.join("", gold.stream().map(SegmentationScores::squeeze).toList());
    String pt = String.join("", predicted.stream().map(SegmentationScores::squeeze).toList());
    if (!gt.equals(pt)) {
      throw new IllegalArgumentException(name + ": the sentences do not have the gold's text");
    }
    g.remove(gt.length());
    p.remove(pt.length());
    for (int b : p) {
      if (g.contains(b)) {
        tp++;
      } else {
        fp++;
      }
    }
    for (int b : g) {
      if (!p.contains(b)) {
        fn++;
      }
    }
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Gold boundaries counted (as the reference scorer counts them). */
  public long boundaries() {
    return tp + fn;
  }

  private static Set<Integer> boundaries(List<String> sentences) {
    Set<Integer> out = new HashSet<>();
    int pos = 0;
    for (String s : sentences) {
      String q = squeeze(s);
      if (!q.isEmpty()) {
        pos += q.length();
        out.add(pos);
      }
    }
    return out;
  }

  /** The text without white space, as Python's {@code re.sub(r"\\s+", "", s)} removes it. */
  static String squeeze(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> !isPythonSpace(c)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static boolean isPythonSpace(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == 0x85
        || (c >= 0x1C && c <= 0x1F);
  }
}

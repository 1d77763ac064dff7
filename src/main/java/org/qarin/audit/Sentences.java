package org.qarin.audit;

import java.util.List;

/** How messages name sentences: "source sentence 6", "source sentences 16–17", "3, 5 and 9". */
final class Sentences {
  private Sentences() {}

  /** "source sentence 6" or "source sentences 6–8" ({@code side} is "source" or "translation"). */
  static String named(String side, List<Integer> indices) {
    return side + (indices.size() == 1 ? " sentence " : " sentences ") + list(indices);
  }

  /** The same, capitalised for the start of a message. */
  static String subject(String side, List<Integer> indices) {
    String s = named(side, indices);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "6", "6–8" for a run, "3, 5 and 9" otherwise. */
  static String list(List<Integer> indices) {
    if (indices.size() > 1 && consecutive(indices)) {
      return indices.get(0) + "–" + indices.get(indices.size() - 1);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < indices.size(); k++) {
      sb.append(k == 0 ? "" : k == indices.size() - 1 ? " and " : ", ").append(indices.get(k));
    }
    return sb.toString();
  }

  private static boolean consecutive(List<Integer> indices) {
    for (int k = 1; k < indices.size(); k++) {
      if (indices.get(k) != indices.get(k - 1) + 1) {
        return false;
      }
    }
    return true;
  }
}

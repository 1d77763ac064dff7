package org.qarin.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much an English word looks like a person's name rather than a common word, by its letters
 * alone: a naive Bayes over letter trigrams, learned from the English words of the person-name list
 * and the common English words. It tells a surname no list has (Zielinski, Quiroga) from a
 * capitalised term (Cassation, Subcommittee). Immutable and thread-safe.
 */
final class NameShape {
  private final Map<String, int[]> counts = new HashMap<>();
  private final long[] totals = new long[2];

  /** A model from the two word lists; only words of the letters a to z are read. */
  NameShape(Set<String> names, Set<String> commonWords) {
    names.forEach(w -> add(w, 0));
    commonWords.forEach(w -> add(w, 1));
  }

  private void add(String word, int side) {
    if (!word.matches("[a-z]{3,}")) {
      return;
    }
    String padded = "^" + word + "$";
    for (int i = 0; i + 3 <= padded.length(); i++) {
      counts.computeIfAbsent(padded.substring(i, i + 3), k -> new int[2])[side]++;
      totals[side]++;
    }
  }

  /**
   * The probability, from 0 to 1, that a lower-case word is a name rather than a common word, the
   * two taken as equally likely beforehand; 0.5 for a word of other letters or under three.
   */
  double of(String lowerCaseWord) {
    if (!lowerCaseWord.matches("[a-z]{3,}") || totals[0] == 0 || totals[1] == 0) {
      return 0.5;
    }
    String padded = "^" + lowerCaseWord + "$";
    double logRatio = 0;
    double vocabulary = counts.size();
    for (int i = 0; i + 3 <= padded.length(); i++) {
      int[] c = counts.getOrDefault(padded.substring(i, i + 3), new int[2]);
      logRatio +=
          Math.log((c[0] + 1) / (totals[0] + vocabulary))
              - Math.log((c[1] + 1) / (totals[1] + vocabulary));
    }
    return 1 / (1 + Math.exp(-logRatio));
  }
}

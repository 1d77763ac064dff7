package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import org.qarin.lexicon.ArabicTerms;

/**
 * Lexicon keys of an Arabic word, with the variants that undo two habits of {@link ArabicTerms}: it
 * takes the first letter of long words beginning with ب ك ل for a preposition (كيلومترا gives
 * يلومترا, بيوتهم gives يوتهم), and it keeps the alef of the accusative ending ـًا (رئيسيًا) where
 * the tanween is written. The audit looks up every variant, so that a word the lexicon knows under
 * another key still counts as rendered. It also tries an imperfect verb's stem without its
 * prefixes.
 */
final class ArabicKeys {
  private ArabicKeys() {}

  /** The key the aligner and lexicon use, or null for a function word. */
  static String key(String word) {
    return ArabicTerms.key(word);
  }

  /** The key and its variants, without repeats, the key first; empty for a function word. */
  static List<String> variants(String word) {
    List<String> keys = new ArrayList<>(3);
    add(keys, ArabicTerms.key(word));
    if (keys.isEmpty()) {
      return keys;
    }
    String n = ArabicTerms.normalize(word);
    if (n.length() >= 5 && "بكل".indexOf(n.charAt(0)) >= 0 && !n.startsWith("ال", 1)) {
      // behind the article the first letter stays: the key of the word as its own stem
      add(keys, ArabicTerms.key("ال" + n));
    }
    if (n.length() >= 4
        && n.endsWith("ا")
        && (word.contains("\u064Bا") || word.contains("ا\u064B"))) {
      add(keys, ArabicTerms.key(n.substring(0, n.length() - 1)));
    }
    verbStem(keys, n);
    return keys;
  }

  /**
   * An imperfect verb without its future and person prefixes (ستوفر, يحدد): the lexicon lists verbs
   * by their perfect stem, which the light stemmer does not reach.
   */
  private static void verbStem(List<String> keys, String n) {
    String v = n.length() >= 5 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n;
    if (v.length() >= 5 && v.charAt(0) == 'س' && "يتنا".indexOf(v.charAt(1)) >= 0) {
      v = v.substring(1);
    }
    if (v.length() >= 4 && "يتنا".indexOf(v.charAt(0)) >= 0) {
      add(keys, ArabicTerms.key(v.substring(1)));
    }
  }

  private static void add(List<String> keys, String key) {
    if (key != null && !key.isEmpty() && !keys.contains(key)) {
      keys.add(key);
    }
  }
}

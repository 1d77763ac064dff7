package org.qarin.audit;

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

  /** The key and its variants, without repeats, the key first; empty for a function word. */
  static List<String> variants(String word) {
    return ArabicTerms.variants(word);
  }
}

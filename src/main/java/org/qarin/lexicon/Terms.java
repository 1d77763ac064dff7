package org.qarin.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.qarin.model.Language;

/** Lexicon keys of whole texts in either language, as the lexicon build and the aligner need. */
public final class Terms {
  private Terms() {}

  /** The key of a word in {@code language}, or null for a function word. */
  public static String key(String word, Language language) {
    return language == Language.AR ? ArabicTerms.key(word) : EnglishTerms.key(word);
  }

  /** The keys of the words of {@code text} (numbers and function words left out), in order. */
  public static List<String> keys(String text, Language language) {
    List<String> keys = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      if (!t.number()) {
        String k = key(t.text(), language);
        if (k != null && !k.isEmpty()) {
          keys.add(k);
        }
      }
    }
    return keys;
  }
}

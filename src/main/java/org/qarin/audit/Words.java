package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Names;
import org.qarin.lexicon.Numbers;
import org.qarin.lexicon.TermCache;
import org.qarin.lexicon.Token;
import org.qarin.model.Sentence;
import org.qarin.text.Chars;

/**
 * The content words and numbers of each sentence: lexicon keys as the aligner computes them, name
 * skeletons and number values. Function words and single letters (the abbreviations د. and م.) are
 * left out: they carry no content to render.
 */
final class Words {
  /**
   * Latin words with nothing to render: the article of romanised names (the al of Al-Rastan, whose
   * Arabic ال is no word either) and titles whose Arabic abbreviations (د.) are single letters.
   */
  private static final Set<String> LATIN_FUNCTION = Set.of("al", "el", "dr", "mr", "mrs", "ms");

  /**
   * What a written word gives every occurrence of it, or null for a word with nothing to render.
   * Cached across audits, since a batch meets the same words again and again.
   */
  private record Form(boolean arabic, String key, String skeleton, String number) {}

  private static final TermCache<Form> FORMS = new TermCache<>();

  private Words() {}

  /** The words of one sentence, with document offsets, from its {@link Tokens}. */
  static List<Word> of(Sentence s, List<Token> tokens) {
    List<Word> out = new ArrayList<>();
    boolean initial = true;
    int previousEnd = 0;
    for (Token t : tokens) {
      initial |= opensQuote(s.text(), previousEnd, t.start());
      Word w = word(s, t, initial);
      if (w != null) {
        out.add(w);
      }
      initial = initial && !isWord(t);
      previousEnd = t.end();
    }
    return out;
  }

  private static Word word(Sentence s, Token t, boolean initial) {
    int start = s.start() + t.start();
    int end = s.start() + t.end();
    if (t.number()) {
      String value = Numbers.canonical(t.text());
      return new Word(s.index(), start, end, t.text(), false, null, null, value, false, false);
    }
    Form f = FORMS.get(t.text(), Words::form);
    if (f == null) {
      return null;
    }
    boolean capitalised = !f.arabic() && Character.isUpperCase(t.text().codePointAt(0));
    return new Word(
        s.index(),
        start,
        end,
        t.text(),
        f.arabic(),
        f.key(),
        f.skeleton(),
        f.number(),
        capitalised,
        !f.arabic() && initial);
  }

  private static Form form(String word) {
    return isArabic(word) ? arabic(word) : latin(word);
  }

  private static Form arabic(String word) {
    ArabicTerms.Forms forms = ArabicTerms.forms(word);
    String light = forms.lightKey();
    String key = forms.key(); // the key the aligner and the lexicon use
    if (light == null || key == null || light.length() < 2) {
      return null;
    }
    String skeleton = Names.arabicSkeleton(light);
    String number = Numbers.ofWord(light).orElse(null);
    return new Form(true, key, nonEmpty(skeleton), number);
  }

  private static Form latin(String word) {
    String key = EnglishTerms.key(word);
    String lower = EnglishTerms.lower(word);
    if (key == null || lower.length() < 2 || LATIN_FUNCTION.contains(lower)) {
      return null;
    }
    // Names.latinSkeleton keeps x, which Arabic writes كس (Alexander, ألكسندر)
    String skeleton = Names.latinSkeleton(lower.replace("x", "ks"));
    String number = Numbers.ofWord(lower).orElse(null);
    return new Form(false, key, nonEmpty(skeleton), number);
  }

  /** Whether an opening quotation mark stands between two tokens (a quote's first word). */
  private static boolean opensQuote(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«' || c == '"' || c == '‘' || c == '„' || c == ':') {
        return true;
      }
    }
    return false;
  }

  private static boolean isWord(Token t) {
    return !t.number();
  }

  static boolean isArabic(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Chars.isArabicLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}

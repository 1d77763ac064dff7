package org.qarin.audit;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Lexicon;
import org.qarin.lexicon.NameMatcher;
import org.qarin.lexicon.TermCache;

/**
 * Decides which words of one side of a link the other side renders: by the lexicon (an Arabic
 * word's English translations), by number value, and by consonant skeleton for names and
 * transliterated words. Lenient on purpose: a word marked as not rendered costs a reviewer's look.
 * One instance serves one audit; the word cache it uses is shared and thread-safe.
 */
final class WordMatcher {
  /** Lexicon pairs weaker than this are IBM Model 1 noise rather than translations. */
  static final float MIN_WEIGHT = 0.05f;

  /**
   * Keys per Arabic word, shared by every audit with the same lexicon: the pairs of a batch meet
   * the same words again and again, and looking up every variant is most of a word's cost. Cleared
   * when full, so a long batch keeps flat memory; values depend only on the word and the lexicon.
   */
  private static final Map<Lexicon, TermCache<Keys>> SHARED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Lexicon lexicon;
  private final TermCache<Keys> englishOf;

  /**
   * An Arabic word's English keys, also bucketed by their first five letters: a prefix match
   * (kilometr, kilomet) needs both keys to share those, so only one bucket is searched.
   */
  record Keys(Set<String> all, Map<String, List<String>> byPrefix) {
    static Keys of(Set<String> keys) {
      Map<String, List<String>> byPrefix = new HashMap<>();
      for (String k : keys) {
        if (k.length() >= 5) {
          byPrefix.computeIfAbsent(k.substring(0, 5), x -> new java.util.ArrayList<>()).add(k);
        }
      }
      return new Keys(keys, byPrefix);
    }
  }

  WordMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.englishOf = SHARED.computeIfAbsent(lexicon, l -> new TermCache<>());
  }

  /** Which words of each side have a counterpart on the other side. */
  Matches match(List<Word> source, List<Word> target) {
    Looked[] a = source.stream().map(this::look).toArray(Looked[]::new);
    Looked[] b = target.stream().map(this::look).toArray(Looked[]::new);
    boolean[] s = new boolean[a.length];
    boolean[] t = new boolean[b.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        // a pair of words both already matched can tell nothing new: the name model costs most
        if (!(s[i] && t[j]) && renders(a[i], b[j])) {
          s[i] = true;
          t[j] = true;
        }
      }
    }
    joinedNames(source, target, s, t);
    joinedNames(target, source, t, s);
    return new Matches(s, t);
  }

  /** Which words of each side have a counterpart: {@code source[i]} for the i-th source word. */
  record Matches(boolean[] source, boolean[] target) {}

  /**
   * What {@link #renders} asks of a word, looked up once per word rather than once per pair of
   * words: an Arabic word's English keys, an English key's first five letters, and whether the
   * lexicon knows the key.
   */
  private record Looked(
      Word word,
      Keys keys,
      String prefix,
      boolean known,
      ArabicTerms.Forms forms,
      String latin,
      String stem) {}

  private Looked look(Word w) {
    if (w.key() == null) {
      return new Looked(w, null, null, false, null, null, null);
    }
    if (w.arabic()) {
      ArabicTerms.Forms forms = ArabicTerms.forms(w.text());
      String stem = forms.lightKey() == null ? null : stripNisba(forms.lightKey());
      return new Looked(w, keys(w.text()), null, lexicon.knowsArabic(w.key()), forms, null, stem);
    }
    String prefix = w.key().length() >= 5 ? w.key().substring(0, 5) : null;
    String latin = EnglishTerms.lower(w.text());
    return new Looked(
        w, null, prefix, lexicon.knowsEnglish(w.key()), null, latin, stripAdjective(latin));
  }

  /** Whether two words, one from each side, can translate each other. */
  private boolean renders(Looked x, Looked y) {
    Word a = x.word();
    Word b = y.word();
    if (a.number() != null && b.number() != null && a.number().equals(b.number())) {
      return true;
    }
    if (a.key() == null || b.key() == null) {
      return false;
    }
    if (a.arabic() == b.arabic()) {
      return a.key().equals(b.key()) || sameName(a.skeleton(), b.skeleton());
    }
    Looked ar = a.arabic() ? x : y;
    Looked en = a.arabic() ? y : x;
    return translates(ar.keys(), en) || transliterates(ar, en);
  }

  /**
   * Whether a set of lexicon keys holds an English key, or one that differs only in its ending: the
   * Porter stems of British and American spellings (kilometr, kilomet) and of related forms.
   */
  private static boolean translates(Keys keys, Looked en) {
    String english = en.word().key();
    if (keys.all().contains(english)) {
      return true;
    }
    if (en.prefix() == null) {
      return false;
    }
    for (String k : keys.byPrefix().getOrDefault(en.prefix(), List.of())) {
      String shorter = k.length() <= english.length() ? k : english;
      String longer = k.length() <= english.length() ? english : k;
      if (shorter.length() >= 5 && longer.startsWith(shorter)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same name written the other script's way: a capitalised or unknown word whose skeleton, or
   * whose letters by the name model, match. The model reads the Arabic word without its proclitics
   * and as written (بالاوان is Palawan), the English without its possessive.
   */
  private boolean transliterates(Looked ar, Looked en) {
    boolean nameLike = en.word().capitalised() || !en.known() || !ar.known();
    return nameLike
        && (sameName(ar.word().skeleton(), en.word().skeleton()) || sameNameByModel(ar, en));
  }

  /**
   * Whether the lexicon knows a word as a common word: its strongest translation is no
   * transliteration of it (Hemisphere: نصف الكرة), as a name's is (Andersen: أندرسن).
   */
  boolean commonWord(Word w) {
    if (w.key() == null) {
      return false;
    }
    List<Lexicon.Translation> ts = w.arabic() ? lexicon.english(w.key()) : lexicon.arabic(w.key());
    if (ts.isEmpty()) {
      return false;
    }
    String other = ts.get(0).key();
    String latin = w.arabic() ? other : EnglishTerms.lower(w.text());
    String arabic = w.arabic() ? ArabicTerms.forms(w.text()).normalized() : other;
    return arabic == null || !lexicon.names().sameName(arabic, latin);
  }

  /**
   * Whether a side has an unrendered word that may be a name: one the lexicon does not know as a
   * common word. A name the translation replaced leaves one; a name it translated (Hemisphere: نصف
   * الكرة) leaves common words.
   */
  boolean nameLikeUnrendered(List<Word> words, boolean[] rendered) {
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (!rendered[k]
          && w.key() != null
          && w.skeleton() != null
          && w.skeleton().length() >= 2
          && !commonWord(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a side has an unrendered word that spells a name: on the Arabic side a word of the
   * person-name list ({@link Lexicon#personName}) that the lexicon does not know as a common word,
   * a name the names file translates (الصين, الروسية), or a given name before a rendered name; on
   * the English side what {@link #nameLikeUnrendered} takes. The Arabic words the lexicon does not
   * know are mostly inflected common words, so that test alone says little there.
   */
  boolean nameSpelledUnrendered(List<Word> words, boolean[] rendered) {
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (rendered[k] || w.key() == null || w.skeleton() == null) {
        continue;
      }
      // a place the names file translates may have one consonant (آسيا); other words need two
      boolean place = w.arabic() && lexicon.translatedName(w.key());
      if (w.skeleton().length() < 2 && !place) {
        continue;
      }
      boolean name = w.arabic() ? (personName(w) && !commonWord(w)) || place : !commonWord(w);
      if (name) {
        return true;
      }
    }
    return givenNameBeforeName(words, rendered);
  }

  /**
   * Whether a side keeps an unrendered given name before a rendered name (جون الميدا against "Novak
   * Almeida"): in Arabic a listed person name, even one that is a common word too (جون is "bay"),
   * in English a capitalised word. What a replaced given name leaves behind.
   */
  boolean givenNameBeforeName(List<Word> words, boolean[] rendered) {
    for (int k = 0; k + 1 < words.size(); k++) {
      Word w = words.get(k);
      Word next = words.get(k + 1);
      if (rendered[k] || !rendered[k + 1] || w.key() == null || next.key() == null) {
        continue;
      }
      boolean given = w.arabic() ? personName(w) : w.capitalised() && !w.initial();
      boolean family = next.arabic() ? !commonWord(next) : next.capitalised() && !commonWord(next);
      if (given && family) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is in the person-name list (in either script), common word or not; an Arabic
   * word also without a proclitic the light key keeps (لجون: for John).
   */
  boolean personName(Word w) {
    if (!w.arabic()) {
      return lexicon.personName(EnglishTerms.lower(w.text()));
    }
    String light = ArabicTerms.forms(w.text()).lightKey();
    if (light == null) {
      return false;
    }
    boolean proclitic = light.length() > 3 && "وفبلك".indexOf(light.charAt(0)) >= 0;
    return lexicon.personName(light) || (proclitic && lexicon.personName(light.substring(1)));
  }

  private boolean sameNameByModel(Looked arabic, Looked english) {
    ArabicTerms.Forms ar = arabic.forms();
    String latin = english.latin();
    NameMatcher names = lexicon.names();
    boolean asWritten = ar.normalized() != null && !ar.normalized().equals(ar.lightKey());
    if ((ar.lightKey() != null && names.sameName(ar.lightKey(), latin))
        || (asWritten && names.sameName(ar.normalized(), latin))) {
      return true;
    }
    // adjectives of a name: the nisba (الأوكرانية) and -ian, -an, -ese (Ukrainian) left out
    return arabic.stem() != null
        && english.stem() != null
        && names.sameName(arabic.stem(), english.stem());
  }

  /** Nisba endings, longest first: a word loses the longest one that leaves three letters. */
  private static final List<String> NISBA = List.of("يون", "يين", "يه", "يا", "ي");

  /** English endings of adjectives of places and peoples, longest first. */
  private static final List<String> ADJECTIVE =
      List.of("ians", "eans", "ian", "ean", "ans", "ese", "ish", "an", "ic");

  /** An Arabic adjective of relation without its nisba ending, or null for a word without one. */
  static String stripNisba(String normalized) {
    return withoutEnding(normalized, NISBA);
  }

  /** An English adjective of a place or people without its ending, or null for none. */
  static String stripAdjective(String lower) {
    return withoutEnding(lower, ADJECTIVE);
  }

  private static String withoutEnding(String word, List<String> endings) {
    for (String e : endings) {
      if (word.endsWith(e) && word.length() - e.length() >= 3) {
        return word.substring(0, word.length() - e.length());
      }
    }
    return null;
  }

  /**
   * Skeletons of the same name: equal, or for long ones one consonant apart (Salamiyah, سلمية;
   * romanisations differ in a letter more often than in two).
   */
  static boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= 4 && withinOneEdit(a, b);
  }

  /** The English keys the lexicon gives an Arabic word (every key variant), above noise weight. */
  Set<String> english(String arabicWord) {
    return keys(arabicWord).all();
  }

  private Keys keys(String arabicWord) {
    return englishOf.get(arabicWord, this::lookUp);
  }

  private Keys lookUp(String arabicWord) {
    Set<String> keys = new HashSet<>();
    for (String variant : ArabicKeys.variants(arabicWord)) {
      for (Lexicon.Translation t : lexicon.english(variant)) {
        if (t.weight() >= MIN_WEIGHT) {
          keys.add(t.key());
        }
      }
    }
    return Keys.of(keys);
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Names one script writes as two words and the other as one (حزب الله, Hezbollah): two adjacent
   * words of {@code side} against single capitalised or transliterated words of {@code other}.
   */
  private static void joinedNames(List<Word> side, List<Word> other, boolean[] s, boolean[] o) {
    for (int i = 0; i + 1 < side.size(); i++) {
      Word a = side.get(i);
      Word b = side.get(i + 1);
      if (a.skeleton() == null || b.skeleton() == null || a.sentence() != b.sentence()) {
        continue;
      }
      String joined = a.skeleton() + b.skeleton();
      for (int j = 0; j < other.size(); j++) {
        Word w = other.get(j);
        if (w.arabic() != a.arabic()
            && (w.arabic() || w.capitalised())
            && joined.length() >= 3
            && joined.equals(w.skeleton())) {
          s[i] = true;
          s[i + 1] = true;
          o[j] = true;
        }
      }
    }
  }

  private static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(i + (a.length() >= b.length() ? 1 : 0))
        .equals(b.substring(i + (b.length() >= a.length() ? 1 : 0)));
  }
}

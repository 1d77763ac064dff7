package org.qarin.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qarin.lexicon.Lexicon;

/**
 * Decides which words of one side of a link the other side renders: by the lexicon (an Arabic
 * word's English translations), by number value, and by consonant skeleton for names and
 * transliterated words. Lenient on purpose: a word marked as not rendered costs a reviewer's look.
 * One instance serves one audit (its caches are not shared between threads).
 */
final class WordMatcher {
  /** Lexicon pairs weaker than this are IBM Model 1 noise rather than translations. */
  static final float MIN_WEIGHT = 0.05f;

  private final Lexicon lexicon;
  private final Map<String, Keys> englishOf = new HashMap<>();

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
  }

  /** Which words of each side have a counterpart on the other side. */
  Matches match(List<Word> source, List<Word> target) {
    boolean[] s = new boolean[source.size()];
    boolean[] t = new boolean[target.size()];
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < t.length; j++) {
        if (renders(source.get(i), target.get(j))) {
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

  /** Whether two words, one from each side, can translate each other. */
  boolean renders(Word a, Word b) {
    if (a.number() != null && b.number() != null && a.number().equals(b.number())) {
      return true;
    }
    if (a.key() == null || b.key() == null) {
      return false;
    }
    if (a.arabic() == b.arabic()) {
      return a.key().equals(b.key()) || sameName(a.skeleton(), b.skeleton());
    }
    Word ar = a.arabic() ? a : b;
    Word en = a.arabic() ? b : a;
    return translates(keys(ar.text()), en.key()) || transliterates(ar, en);
  }

  /**
   * Whether a set of lexicon keys holds an English key, or one that differs only in its ending: the
   * Porter stems of British and American spellings (kilometr, kilomet) and of related forms.
   */
  private static boolean translates(Keys keys, String english) {
    if (keys.all().contains(english)) {
      return true;
    }
    if (english.length() < 5) {
      return false;
    }
    for (String k : keys.byPrefix().getOrDefault(english.substring(0, 5), List.of())) {
      String shorter = k.length() <= english.length() ? k : english;
      String longer = k.length() <= english.length() ? english : k;
      if (shorter.length() >= 5 && longer.startsWith(shorter)) {
        return true;
      }
    }
    return false;
  }

  /** The same name written the other script's way: a capitalised or unknown word's skeleton. */
  boolean transliterates(Word ar, Word en) {
    boolean nameLike =
        en.capitalised() || !lexicon.knowsEnglish(en.key()) || !lexicon.knowsArabic(ar.key());
    return nameLike && sameName(ar.skeleton(), en.skeleton());
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
    return englishOf.computeIfAbsent(
        arabicWord,
        w -> {
          Set<String> keys = new HashSet<>();
          for (String variant : ArabicKeys.variants(w)) {
            for (Lexicon.Translation t : lexicon.english(variant)) {
              if (t.weight() >= MIN_WEIGHT) {
                keys.add(t.key());
              }
            }
          }
          return Keys.of(keys);
        });
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

package org.qarin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.qarin.text.Chars;

/**
 * Reduces Arabic words to lexicon keys: Lucene's Arabic normaliser (hamza forms of alef, alef
 * maqsura, teh marbuta, diacritics, tatweel), the clitics Lucene leaves (the conjunction ف, the
 * prepositions ب ل ك before a word without the article, the pronouns هم هما هن كم كما نا), then
 * Lucene's light stemmer (the article and its combinations, و, plural and feminine endings).
 *
 * <p>Keys only need to be consistent between the lexicon build and the aligner; they are not
 * linguistic roots. Short words are left alone, so that stripping cannot eat a word's stem.
 */
public final class ArabicTerms {
  private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
  private static final ArabicStemmer STEMMER = new ArabicStemmer();
  private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "كم", "كن", "نا"};
  private static final Set<String> STOPWORDS = stopwords();

  /**
   * Everything this class derives from one written form, cached as one: the aligner and the audit
   * read several forms of each word they meet, and one cache lookup costs less than four.
   */
  public record Forms(String normalized, String lightKey, String key, List<String> variants) {}

  private static final TermCache<Forms> FORMS = new TermCache<>();

  private ArabicTerms() {}

  /** All the forms of {@code word}, for callers that need several of them. */
  public static Forms forms(String word) {
    return FORMS.get(word, ArabicTerms::computeForms);
  }

  private static Forms computeForms(String word) {
    String normalized = computeNormalized(word);
    String light = computeLightKey(normalized);
    String key = computeKey(light);
    return new Forms(normalized, light, key, computeVariants(word, normalized, key));
  }

  /** The lexicon key of a word, or null for a function word or a word without letters. */
  public static String key(String word) {
    return forms(word).key();
  }

  /** {@link #key} without the cache, for the forms {@link #variants} tries. */
  private static String uncachedKey(String word) {
    return computeKey(computeLightKey(computeNormalized(word)));
  }

  private static String computeKey(String light) {
    if (light == null) {
      return null;
    }
    char[] buf = light.toCharArray();
    // the pronoun goes first, so that the stemmer then sees the plural or feminine ending
    int len = stripPronoun(buf, buf.length);
    len = STEMMER.stem(buf, len);
    return new String(buf, 0, len);
  }

  /**
   * The word normalised, without its function-word check failing, and with only its proclitics
   * removed: the form names are transliterated from (بالأسد gives اسد). Null for function words.
   */
  public static String lightKey(String word) {
    return forms(word).lightKey();
  }

  private static String computeLightKey(String n) {
    if (n.isEmpty() || STOPWORDS.contains(n)) {
      return null;
    }
    int from = 0;
    if (n.length() >= 4 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) {
      from = 1;
    }
    boolean article = true;
    if (n.length() - from >= 4 && n.startsWith("لل", from)) {
      from += 2; // لل: the preposition ل with the article, whose alef is dropped
    } else if (n.length() - from >= 5
        && "بلك".indexOf(n.charAt(from)) >= 0
        && n.startsWith("ال", from + 1)) {
      from += 3;
    } else if (n.length() - from >= 4 && n.startsWith("ال", from)) {
      from += 2;
    } else {
      article = false;
      if (n.length() - from >= 5 && "بلك".indexOf(n.charAt(from)) >= 0) {
        from++;
      }
    }
    String rest = n.substring(from);
    // behind the article a word is no function word: العلي is a name, not على
    return !article && STOPWORDS.contains(rest) ? null : rest;
  }

  /**
   * The key and the variants that undo the light stemmer's guesses, without repeats, the key first;
   * empty for a function word. Long words starting with ب ك ل are taken for a preposition and a
   * word (بحسب, لتحرير), but some are one word (كيلومترا, بيانات): the variant keeps the letter.
   * The accusative alef of ـًا (رئيسيًا) goes; an imperfect verb also gives its stem without the
   * future and person prefixes (ستوفر, يحدد), since dictionaries list perfect stems.
   */
  public static List<String> variants(String word) {
    return forms(word).variants();
  }

  private static List<String> computeVariants(String word, String n, String key) {
    List<String> keys = new ArrayList<>(3);
    add(keys, key);
    if (keys.isEmpty()) {
      return List.of();
    }
    if (n.length() >= 5 && "بكل".indexOf(n.charAt(0)) >= 0 && !n.startsWith("ال", 1)) {
      add(keys, uncachedKey("ال" + n)); // behind the article the first letter stays
    }
    if (n.length() >= 4
        && n.endsWith("ا")
        && (word.contains("\u064Bا") || word.contains("ا\u064B"))) {
      add(keys, uncachedKey(n.substring(0, n.length() - 1)));
    }
    String v = n.length() >= 5 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n;
    if (v.length() >= 5 && v.charAt(0) == 'س' && "يتنا".indexOf(v.charAt(1)) >= 0) {
      v = v.substring(1);
    }
    if (v.length() >= 4 && "يتنا".indexOf(v.charAt(0)) >= 0) {
      add(keys, uncachedKey(v.substring(1)));
    }
    return List.copyOf(keys);
  }

  private static void add(List<String> keys, String key) {
    if (key != null && !key.isEmpty() && !keys.contains(key)) {
      keys.add(key);
    }
  }

  /** Lucene's normalisation, with characters analysis ignores (bidi marks) removed first. */
  public static String normalize(String word) {
    return forms(word).normalized();
  }

  private static String computeNormalized(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Chars.isIgnorable(c)) {
        sb.append(c);
      }
    }
    char[] buf = sb.toString().toCharArray();
    int len = NORMALIZER.normalize(buf, buf.length);
    return new String(buf, 0, len);
  }

  private static int stripPronoun(char[] buf, int len) {
    String s = new String(buf, 0, len);
    for (String p : PRONOUNS) {
      if (len - p.length() >= 3 && s.endsWith(p)) {
        return len - p.length();
      }
    }
    return len;
  }

  /** Lucene's Arabic stop words, normalised, plus common ones it lacks. */
  private static Set<String> stopwords() {
    Set<String> set = new HashSet<>();
    ArabicAnalyzer.getDefaultStopSet().forEach(o -> set.add(normalizeRaw(new String((char[]) o))));
    try (InputStream in = ArabicTerms.class.getResourceAsStream("ar-stopwords.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          set.add(normalizeRaw(w));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(set);
  }

  private static String normalizeRaw(String w) {
    char[] buf = w.toCharArray();
    return new String(buf, 0, NORMALIZER.normalize(buf, buf.length));
  }
}

package org.qarin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Reduces English words to lexicon keys: lower case, possessive removed, Lucene's English stop
 * words (plus a few news function words) dropped, then the Snowball English (Porter2) stemmer that
 * ships with Lucene.
 */
public final class EnglishTerms {
  private static final Set<String> STOPWORDS = stopwords();
  // Snowball stemmers keep state between calls.
  private static final ThreadLocal<EnglishStemmer> STEMMER =
      ThreadLocal.withInitial(EnglishStemmer::new);

  private static final TermCache<String> KEYS = new TermCache<>();

  private EnglishTerms() {}

  /** The lexicon key of a word, or null for a function word. */
  public static String key(String word) {
    return KEYS.get(word, EnglishTerms::computeKey);
  }

  private static String computeKey(String word) {
    String w = lower(word);
    if (w.isEmpty() || STOPWORDS.contains(w)) {
      return null;
    }
    EnglishStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(American.spelling(w));
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** Lower case without a possessive ending and without apostrophes. */
  public static String lower(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w.replace("'", "");
  }

  public static boolean isStopword(String lowerCaseWord) {
    return STOPWORDS.contains(lowerCaseWord);
  }

  private static Set<String> stopwords() {
    Set<String> set = new HashSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(o -> set.add(new String((char[]) o)));
    try (InputStream in = EnglishTerms.class.getResourceAsStream("en-stopwords.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          set.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(set);
  }
}

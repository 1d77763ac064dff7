package org.qarin.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Lexicon;
import org.qarin.lexicon.Names;
import org.qarin.lexicon.Numbers;
import org.qarin.lexicon.Token;
import org.qarin.lexicon.Tokenizer;
import org.qarin.model.Document;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/**
 * The retrieval terms of documents, in the term space the aligner matches in: lexicon keys
 * prefixed by their language ({@code en:}, {@code ar:}), name skeletons ({@code s:}) and number
 * values ({@code n:}). A target document is indexed under its own terms; a source document asks
 * for the translations of its keys, weighted as the lexicon weighs them, and for its names and
 * numbers, which need no translation.
 *
 * <p>One instance serves one matching run from several threads: it caches the romanisation of
 * Arabic words, which costs more than everything else here together.
 */
final class MatchTerms {
  /** Translations asked for per source word: the strongest few carry nearly all the evidence. */
  static final int TRANSLATIONS = 3;

  /** Weaker translations add more noise than recall. */
  static final float MIN_TRANSLATION_WEIGHT = 0.05f;

  /** A skeleton is weaker evidence than a key: unrelated words share consonants. */
  static final float SKELETON_WEIGHT = 0.5f;

  /** Latin-script words inside Arabic text (M4, COVID) meet English words as they are. */
  static final float LATIN_WEIGHT = 0.5f;

  private final Lexicon lexicon;
  private final Map<String, String> skeletons = new ConcurrentHashMap<>();

  MatchTerms(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The terms a target document is indexed under, once per occurrence, in document order. */
  List<String> indexTerms(Document doc) {
    List<String> terms = new ArrayList<>();
    forEachToken(doc, (t, lang) -> addIndexTerms(terms, t, lang));
    return terms;
  }

  /**
   * The weighted terms that find a source document's translations: per term its strongest weight,
   * raised with the log of how often the document asks for it. Sorted by term, for determinism.
   */
  Map<String, Float> queryTerms(Document doc) {
    Map<String, float[]> acc = new HashMap<>(); // sorted once at the end, not at every token
    forEachToken(doc, (t, lang) -> addQueryTerms(acc, t, lang));
    Map<String, Float> out = new TreeMap<>();
    acc.forEach((term, a) -> out.put(term, (float) (a[0] * (1 + Math.log(a[1])))));
    return out;
  }

  private interface TokenVisitor {
    void visit(Token token, Language language);
  }

  /** Visits every token with the language it is written in (Latin words in Arabic are English). */
  private static void forEachToken(Document doc, TokenVisitor visitor) {
    for (Sentence s : doc.sentences()) {
      for (Token t : Tokenizer.tokenize(s.text())) {
        Language lang = doc.language() == Language.AR && !isLatin(t.text()) ? Language.AR : Language.EN;
        visitor.visit(t, lang);
      }
    }
  }

  private void addIndexTerms(List<String> terms, Token t, Language lang) {
    if (t.number()) {
      terms.add(number(Numbers.canonical(t.text())));
    } else if (lang == Language.EN) {
      String key = EnglishTerms.key(t.text());
      if (key != null) {
        terms.add("en:" + key);
        wordNumber(EnglishTerms.lower(t.text())).ifPresent(terms::add);
        englishSkeleton(t.text()).ifPresent(terms::add);
      }
    } else {
      String light = ArabicTerms.lightKey(t.text());
      if (light != null) {
        terms.add("ar:" + ArabicTerms.key(t.text()));
        wordNumber(light).ifPresent(terms::add);
        arabicSkeleton(light).ifPresent(terms::add);
      }
    }
  }

  private void addQueryTerms(Map<String, float[]> acc, Token t, Language lang) {
    if (t.number()) {
      add(acc, number(Numbers.canonical(t.text())), 1f);
    } else if (lang == Language.EN) {
      String key = EnglishTerms.key(t.text());
      if (key != null) {
        translations(acc, lexicon.arabic(key), "ar:");
        add(acc, "en:" + key, LATIN_WEIGHT);
        wordNumber(EnglishTerms.lower(t.text())).ifPresent(n -> add(acc, n, 1f));
        englishSkeleton(t.text()).ifPresent(s -> add(acc, s, SKELETON_WEIGHT));
      }
    } else {
      String light = ArabicTerms.lightKey(t.text());
      if (light != null) {
        translations(acc, lexicon.english(ArabicTerms.key(t.text())), "en:");
        wordNumber(light).ifPresent(n -> add(acc, n, 1f));
        arabicSkeleton(light).ifPresent(s -> add(acc, s, SKELETON_WEIGHT));
      }
    }
  }

  private static void translations(Map<String, float[]> acc, List<Lexicon.Translation> ts, String prefix) {
    for (int n = 0; n < Math.min(TRANSLATIONS, ts.size()); n++) {
      Lexicon.Translation t = ts.get(n);
      if (t.weight() >= MIN_TRANSLATION_WEIGHT) {
        add(acc, prefix + t.key(), t.weight());
      }
    }
  }

  /** Keeps a term's strongest weight ({@code [0]}) and how often it was asked for ({@code [1]}). */
  private static void add(Map<String, float[]> acc, String term, float weight) {
    float[] a = acc.computeIfAbsent(term, k -> new float[2]);
    a[0] = Math.max(a[0], weight);
    a[1]++;
  }

  private static String number(String canonical) {
    return "n:" + canonical;
  }

  private static Optional<String> wordNumber(String normalizedLowerCase) {
    return Numbers.ofWord(normalizedLowerCase).map(MatchTerms::number);
  }

  /** Capitalised English words may be names, as the aligner assumes too. */
  private static Optional<String> englishSkeleton(String word) {
    if (!Character.isUpperCase(word.codePointAt(0))) {
      return Optional.empty();
    }
    return skeletonTerm(Names.latinSkeleton(EnglishTerms.lower(word)));
  }

  private Optional<String> arabicSkeleton(String lightKey) {
    return skeletonTerm(skeletons.computeIfAbsent(lightKey, Names::arabicSkeleton));
  }

  /** Skeletons of one consonant match nearly anything. */
  private static Optional<String> skeletonTerm(String skeleton) {
    return skeleton.length() >= 2 ? Optional.of("s:" + skeleton) : Optional.empty();
  }

  private static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }
}

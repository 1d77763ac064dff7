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
import org.qarin.text.Chars;

/**
 * The retrieval terms of documents, in the term space the aligner matches in: lexicon keys prefixed
 * by their language ({@code en:}, {@code ar:}), name skeletons ({@code s:}) and number values
 * ({@code n:}). A target document is indexed under its own terms; a source document asks for the
 * translations of its keys, weighted as the lexicon weighs them, and for its names and numbers,
 * which need no translation.
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

  // Per word and language, its index terms and its query terms with weights: words repeat across
  // thousands of documents, and their lexicon lookups and prefixed strings cost more than the rest
  private final Map<Language, Map<String, List<String>>> indexTermsOfWord = perLanguage();
  private final Map<Language, Map<String, List<Weighted>>> queryTermsOfWord = perLanguage();

  /** A query term asked for once, with the weight it is asked for with. */
  private record Weighted(String term, float weight) {}

  private static <V> Map<Language, Map<String, V>> perLanguage() {
    Map<Language, Map<String, V>> out = new java.util.EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      out.put(l, new ConcurrentHashMap<>());
    }
    return out;
  }

  MatchTerms(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The terms a target document is indexed under, once per occurrence, in document order. */
  List<String> indexTerms(Document doc) {
    List<String> terms = new ArrayList<>();
    // a token's text decides all its terms (numbers are the tokens that start with a digit)
    forEachToken(
        doc,
        (t, lang) ->
            terms.addAll(
                indexTermsOfWord.get(lang).computeIfAbsent(t.text(), w -> indexTermsOf(t, lang))));
    return terms;
  }

  /**
   * The weighted terms that find a source document's translations: per term its strongest weight,
   * raised with the log of how often the document asks for it. Sorted by term, for determinism.
   */
  Map<String, Float> queryTerms(Document doc) {
    Map<String, float[]> acc = new HashMap<>(); // sorted once at the end, not at every token
    forEachToken(
        doc,
        (t, lang) -> {
          for (Weighted w :
              queryTermsOfWord.get(lang).computeIfAbsent(t.text(), x -> queryTermsOf(t, lang))) {
            add(acc, w.term(), w.weight());
          }
        });
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
        Language lang =
            doc.language() == Language.AR && !Chars.isLatinWord(t.text())
                ? Language.AR
                : Language.EN;
        visitor.visit(t, lang);
      }
    }
  }

  private List<String> indexTermsOf(Token t, Language lang) {
    List<String> out = new ArrayList<>();
    addIndexTerms(out, t, lang);
    return List.copyOf(out);
  }

  /** The calls a word makes to {@link #add}, in order, to replay for each of its occurrences. */
  private List<Weighted> queryTermsOf(Token t, Language lang) {
    List<Weighted> out = new ArrayList<>();
    addQueryTerms((term, weight) -> out.add(new Weighted(term, weight)), t, lang);
    return List.copyOf(out);
  }

  /** Where a word's query terms go. */
  private interface QueryTermSink {
    void add(String term, float weight);
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

  private void addQueryTerms(QueryTermSink acc, Token t, Language lang) {
    if (t.number()) {
      acc.add(number(Numbers.canonical(t.text())), 1f);
    } else if (lang == Language.EN) {
      String key = EnglishTerms.key(t.text());
      if (key != null) {
        translations(acc, lexicon.arabic(key), "ar:");
        acc.add("en:" + key, LATIN_WEIGHT);
        wordNumber(EnglishTerms.lower(t.text())).ifPresent(n -> acc.add(n, 1f));
        englishSkeleton(t.text()).ifPresent(s -> acc.add(s, SKELETON_WEIGHT));
      }
    } else {
      String light = ArabicTerms.lightKey(t.text());
      if (light != null) {
        translations(acc, lexicon.english(ArabicTerms.key(t.text())), "en:");
        wordNumber(light).ifPresent(n -> acc.add(n, 1f));
        arabicSkeleton(light).ifPresent(s -> acc.add(s, SKELETON_WEIGHT));
      }
    }
  }

  private static void translations(QueryTermSink acc, List<Lexicon.Translation> ts, String prefix) {
    for (int n = 0; n < Math.min(TRANSLATIONS, ts.size()); n++) {
      Lexicon.Translation t = ts.get(n);
      if (t.weight() >= MIN_TRANSLATION_WEIGHT) {
        acc.add(prefix + t.key(), t.weight());
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
}

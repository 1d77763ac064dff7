package org.qarin.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Names;
import org.qarin.lexicon.Numbers;
import org.qarin.lexicon.Token;
import org.qarin.lexicon.Tokenizer;
import org.qarin.model.Document;
import org.qarin.model.Language;
import org.qarin.model.Sentence;
import org.qarin.text.Chars;

/**
 * What the aligner knows of one document: per sentence its content tokens (lexicon key, name
 * skeleton, number value), each token's weight by rarity in the document, and its length.
 */
final class SideFeatures {
  /**
   * A content token: at most one key, skeleton and number each; weight by rarity. {@code latin} is
   * a Latin word's lower-case text, {@code names} an Arabic word's forms the name model compares:
   * without its proclitics, and as written (بالاوان is Palawan, not ب + الاوان).
   */
  record Tok(
      String key,
      List<String> variants,
      String skeleton,
      String number,
      String latin,
      List<String> names,
      float weight) {
    Tok withWeight(float w) {
      return new Tok(key, variants, skeleton, number, latin, names, w);
    }
  }

  final Language language;
  final Tok[][] tokens;
  final float[][]
      weights; // per sentence, per token: the token's weight (read in the DP's inner loops)
  final float[] totalWeight;
  final int[] length;
  final long[] lengthPrefix;

  private SideFeatures(Language language, Tok[][] tokens, int[] length) {
    this.language = language;
    this.tokens = tokens;
    this.length = length;
    this.totalWeight = new float[tokens.length];
    this.weights = new float[tokens.length][];
    this.lengthPrefix = new long[tokens.length + 1];
    for (int i = 0; i < tokens.length; i++) {
      weights[i] = new float[tokens[i].length];
      for (int k = 0; k < tokens[i].length; k++) {
        weights[i][k] = tokens[i][k].weight();
        totalWeight[i] += weights[i][k];
      }
      lengthPrefix[i + 1] = lengthPrefix[i] + length[i];
    }
  }

  int size() {
    return tokens.length;
  }

  /** The features of some sentences only, in the given order, with weights unchanged. */
  SideFeatures subset(List<Integer> indices) {
    Tok[][] t = new Tok[indices.size()][];
    int[] len = new int[indices.size()];
    for (int k = 0; k < t.length; k++) {
      t[k] = tokens[indices.get(k)];
      len[k] = length[indices.get(k)];
    }
    return new SideFeatures(language, t, len);
  }

  /**
   * Features of consecutive blocks of {@code size} sentences, as if each block were one sentence: a
   * token per distinct term, with the weights of its occurrences summed, keeping the {@code cap}
   * heaviest, so that coarse searches stay cheap whatever the block size.
   */
  SideFeatures blocks(int size, int cap) {
    int count = (size() + size - 1) / size;
    Tok[][] t = new Tok[count][];
    int[] len = new int[count];
    for (int b = 0; b < count; b++) {
      Map<String, Tok> merged = new HashMap<>();
      for (int i = b * size; i < Math.min(size(), (b + 1) * size); i++) {
        for (Tok tok : tokens[i]) {
          merged.merge(identity(tok), tok, (x, y) -> x.withWeight(x.weight() + y.weight()));
        }
        len[b] += length[i];
      }
      t[b] =
          merged.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Tok>comparingByValue(
                          Comparator.comparingDouble(x -> -x.weight()))
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(cap)
              .map(Map.Entry::getValue)
              .toArray(Tok[]::new);
    }
    return new SideFeatures(language, t, len);
  }

  private static String identity(Tok t) {
    return t.key() + "|" + t.number() + "|" + t.skeleton() + "|" + t.latin();
  }

  /** Characters of all sentences, white space excluded. */
  long totalLength() {
    return lengthPrefix[tokens.length];
  }

  /** Characters of sentences {@code [from, to)}, white space excluded. */
  long length(int from, int to) {
    return lengthPrefix[to] - lengthPrefix[from];
  }

  static SideFeatures of(Document doc) {
    List<List<RawTok>> raw = new ArrayList<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    Map<String, Optional<RawTok>> seen = new HashMap<>(); // words repeat: analyse each form once
    int[] length = new int[doc.size()];
    java.util.Set<String> inSentence = new java.util.HashSet<>();
    for (Sentence s : doc.sentences()) {
      List<RawTok> toks = raw(s.text(), doc.language(), seen);
      raw.add(toks);
      length[s.index()] = nonSpaceLength(s.text());
      inSentence.clear();
      for (RawTok t : toks) {
        if (inSentence.add(t.identity)) {
          documentFrequency.merge(t.identity, 1, Integer::sum);
        }
      }
    }
    Map<String, Tok> interned = new HashMap<>(); // one Tok per term, shared by its occurrences
    Tok[][] tokens = new Tok[doc.size()][];
    for (int i = 0; i < tokens.length; i++) {
      List<RawTok> toks = raw.get(i);
      tokens[i] = new Tok[toks.size()];
      for (int k = 0; k < toks.size(); k++) {
        RawTok r = toks.get(k);
        Tok tok = interned.get(r.identity);
        if (tok == null) {
          float idf =
              (float) Math.log((doc.size() + 1.0) / (documentFrequency.get(r.identity) + 0.5));
          tok =
              new Tok(
                  r.key,
                  r.variants,
                  r.skeleton,
                  r.number,
                  r.latin,
                  r.names,
                  Math.max(0.1f, idf) * r.boost);
          interned.put(r.identity, tok);
        }
        tokens[i][k] = tok;
      }
    }
    return new SideFeatures(doc.language(), tokens, length);
  }

  /** A token before document statistics: what identifies it, and how much it counts. */
  private static final class RawTok {
    final String key;
    final List<String> variants;
    final String skeleton;
    final String number;
    final String latin;
    final List<String> names;
    final float boost;
    final String identity;

    RawTok(
        String key,
        List<String> variants,
        String skeleton,
        String number,
        String latin,
        List<String> names,
        float boost) {
      this.key = key;
      this.variants = variants;
      this.skeleton = skeleton;
      this.number = number;
      this.latin = latin;
      this.names = names;
      this.boost = boost;
      this.identity =
          key != null
              ? key
              : number != null ? "#" + number : skeleton != null ? "~" + skeleton : "=" + latin;
    }
  }

  private static List<RawTok> raw(
      String text, Language language, Map<String, Optional<RawTok>> seen) {
    List<RawTok> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      Optional<RawTok> r =
          seen.computeIfAbsent(
              t.text(), w -> Optional.ofNullable(language == Language.AR ? arabic(t) : english(t)));
      r.ifPresent(out::add);
    }
    return out;
  }

  private static RawTok arabic(Token t) {
    if (t.number()) {
      return new RawTok(null, List.of(), null, Numbers.canonical(t.text()), null, List.of(), 1.2f);
    }
    if (Chars.isLatinWord(t.text())) {
      return english(t);
    }
    ArabicTerms.Forms forms = ArabicTerms.forms(t.text());
    String light = forms.lightKey();
    if (light == null) {
      return null;
    }
    String number = Numbers.ofWord(light).orElse(null);
    String skeleton = Names.arabicSkeleton(light);
    List<String> keys = forms.variants();
    String key = keys.isEmpty() ? forms.key() : keys.get(0);
    List<String> variants = keys.size() > 1 ? List.copyOf(keys.subList(1, keys.size())) : List.of();
    List<String> names =
        light.equals(forms.normalized()) ? List.of(light) : List.of(light, forms.normalized());
    return new RawTok(
        key, variants, skeleton.length() >= 2 ? skeleton : null, number, null, names, 1f);
  }

  private static RawTok english(Token t) {
    if (t.number()) {
      return new RawTok(null, List.of(), null, Numbers.canonical(t.text()), null, List.of(), 1.2f);
    }
    String lower = EnglishTerms.lower(t.text());
    String key = EnglishTerms.key(t.text());
    if (key == null) {
      return null;
    }
    String number = Numbers.ofWord(lower).orElse(null);
    // capitalised words may be names: give them a skeleton to meet their Arabic transliteration
    String skeleton =
        Character.isUpperCase(t.text().codePointAt(0)) ? Names.latinSkeleton(lower) : null;
    return new RawTok(
        key,
        List.of(),
        skeleton != null && skeleton.length() >= 2 ? skeleton : null,
        number,
        lower,
        List.of(),
        1f);
  }

  private static int nonSpaceLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}

package org.qarin.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.qarin.align.SideFeatures.Tok;
import org.qarin.lexicon.Lexicon;
import org.qarin.lexicon.NameMatcher;
import org.qarin.model.Language;

/**
 * Word-level evidence for every sentence pair in the window: for each source token, how well the
 * target sentence renders it, and for each target token, how well the source sentence does. A bead
 * takes, per token, the best over its sentences on the other side, so the evidence of n-m beads is
 * exact rather than a sum of pairs.
 *
 * <p>Matching goes through a shared term space: English lexicon keys, name skeletons and number
 * values. The Arabic side's tokens expand to the English keys the lexicon gives them; the English
 * side's tokens are their own keys.
 *
 * <p>One instance serves one search on one thread: it fills its gain caches as the search asks.
 */
final class PairScores {
  private static final int MAX_TRANSLATIONS = 16;
  private static final float SKELETON_WEIGHT = 0.7f;

  /** Bead sides up to this many sentences have their gains cached. */
  private static final int CACHED_SIZES = 3;

  final SideFeatures source;
  final SideFeatures target;
  final Window window;
  private final int[] fBase; // per source sentence: start of its block in f
  private final float[] f; // f[fBase[i] + (j - lo[i]) * tokens(i) + k]
  private final int[] gBase; // per source sentence: start of its block in g
  private final int[] gOffset; // per target sentence j: offset of j's tokens within a block row
  private final float[] g;
  private final int[] gRowStart; // per source sentence: offset of lo[i] in the g block
  private final int[] cellBase; // per source sentence: its first cell (i, lo[i])

  /** Cached gains by bead size: [n - 1][cell], NaN until asked; see {@link #backward}. */
  private final double[][] backwardGain = new double[CACHED_SIZES][];

  private final double[][] forwardGain = new double[CACHED_SIZES][];
  private int[] bases = new int[CACHED_SIZES]; // scratch for gain

  PairScores(SideFeatures source, SideFeatures target, Window window, Lexicon lexicon) {
    this.source = source;
    this.target = target;
    this.window = window;
    fBase = new int[source.size() + 1];
    gBase = new int[source.size() + 1];
    gOffset = new int[target.size() + 1];
    for (int j = 0; j < target.size(); j++) {
      gOffset[j + 1] = gOffset[j] + target.tokens[j].length;
    }
    gRowStart = new int[source.size()];
    cellBase = new int[source.size() + 1];
    for (int i = 0; i < source.size(); i++) {
      cellBase[i + 1] = cellBase[i] + window.width(i);
      fBase[i + 1] = fBase[i] + window.width(i) * source.tokens[i].length;
      gRowStart[i] = gOffset[window.lo[i]];
      gBase[i + 1] = gBase[i] + gOffset[window.hi[i]] - gOffset[window.lo[i]];
    }
    f = new float[fBase[source.size()]];
    g = new float[gBase[source.size()]];
    fill(lexicon);
  }

  /**
   * The weighted sum, over the tokens of target sentence j, of each token's best score against
   * source sentences {@code [i0, i0 + n)}: what adding j to a bead with those source sentences adds
   * to its backward evidence. The search adds the same sentence to beads of the same fixed side
   * from many states, so small beads' sums are worked out once per sentence pair.
   */
  double backward(int i0, int n, int j) {
    return cached(backwardGain, n, i0, j, false, i0, j, target.weights[j]);
  }

  /** The same for the tokens of source sentence i against target sentences {@code [j0, j0 + n)}. */
  double forward(int i, int j0, int n) {
    return cached(forwardGain, n, i, j0, true, j0, i, source.weights[i]);
  }

  private double cached(
      double[][] caches,
      int n,
      int i,
      int j,
      boolean forward,
      int from,
      int added,
      float[] weights) {
    if (n < 1 || n > CACHED_SIZES || !window.contains(i, j)) {
      return gain(forward, from, n, added, weights);
    }
    if (caches[n - 1] == null) {
      caches[n - 1] = new double[cellBase[source.size()]];
      Arrays.fill(caches[n - 1], Double.NaN);
    }
    int cell = cellBase[i] + j - window.lo[i];
    double sum = caches[n - 1][cell];
    if (Double.isNaN(sum)) {
      sum = gain(forward, from, n, added, weights);
      caches[n - 1][cell] = sum;
    }
    return sum;
  }

  /**
   * Each token's best score over the fixed sentences {@code [from, from + n)}, weighted and summed.
   */
  private double gain(boolean forward, int from, int n, int added, float[] weights) {
    if (bases.length < n) {
      bases = new int[n];
    }
    for (int s = 0; s < n; s++) {
      bases[s] = forward ? fIndex(added, from + s) : gIndex(from + s, added);
    }
    float[] scores = forward ? f : g;
    double sum = 0;
    for (int t = 0; t < weights.length; t++) {
      float v = 0;
      for (int s = 0; s < n; s++) {
        if (bases[s] >= 0) {
          v = Math.max(v, scores[bases[s] + t]);
        }
      }
      sum += v * weights[t];
    }
    return sum;
  }

  /**
   * Where the scores of target sentence j for the tokens of source sentence i start in {@link
   * #fArray()}, or -1 outside the window.
   */
  int fIndex(int i, int j) {
    return window.contains(i, j) ? fStart(i, j) : -1;
  }

  /** Where the scores of source sentence i for the tokens of target sentence j start, or -1. */
  int gIndex(int i, int j) {
    return window.contains(i, j) ? gStart(i, j) : -1;
  }

  /** {@link #fIndex} of a pair known to be in the window. */
  private int fStart(int i, int j) {
    return fBase[i] + (j - window.lo[i]) * source.tokens[i].length;
  }

  /** {@link #gIndex} of a pair known to be in the window. */
  private int gStart(int i, int j) {
    return gBase[i] + gOffset[j] - gRowStart[i];
  }

  float[] fArray() {
    return f;
  }

  float[] gArray() {
    return g;
  }

  /** How well target sentence j renders token k of source sentence i (0 outside the window). */
  float f(int i, int j, int k) {
    int at = fIndex(i, j);
    return at < 0 ? 0f : f[at + k];
  }

  /** How well source sentence i renders token t of target sentence j (0 outside the window). */
  float g(int i, int j, int t) {
    int at = gIndex(i, j);
    return at < 0 ? 0f : g[at + t];
  }

  private void fill(Lexicon lexicon) {
    boolean sourceArabic = source.language == Language.AR;
    SideFeatures arabic = sourceArabic ? source : target;
    SideFeatures english = sourceArabic ? target : source;
    TermIndex index = new TermIndex(english, lexicon);
    int[] seeing = {0, 0};
    // tokens repeat, and each term has one Tok (SideFeatures interns them): expand each once
    Map<Tok, Expansion[]> expansions = new IdentityHashMap<>();
    for (int x = 0; x < arabic.size(); x++) {
      int[] range =
          sourceArabic ? new int[] {window.lo[x], window.hi[x]} : sourcesSeeing(x, seeing);
      for (int k = 0; k < arabic.tokens[x].length; k++) {
        Tok tok = arabic.tokens[x][k];
        for (Expansion e : expansions.computeIfAbsent(tok, t -> expand(t, lexicon, index))) {
          int end = index.first(e.term, range[1]);
          for (int p = index.first(e.term, range[0]); p < end; p++) {
            int y = index.sentence(e.term, p);
            for (int t : index.tokens(e.term, p)) {
              if (sourceArabic) {
                record(x, y, k, t, e.weight);
              } else {
                record(y, x, t, k, e.weight);
              }
            }
          }
        }
      }
    }
  }

  /**
   * The source sentences whose window holds target sentence j, as {@code [from, to)}. Windows are
   * monotone, so for increasing j both ends only move forward: {@code last} carries them.
   */
  private int[] sourcesSeeing(int j, int[] last) {
    while (last[0] < window.n && window.hi[last[0]] <= j) {
      last[0]++;
    }
    last[1] = Math.max(last[1], last[0]);
    while (last[1] < window.n && window.lo[last[1]] <= j) {
      last[1]++;
    }
    return new int[] {last[0], last[1]};
  }

  private void record(int i, int j, int k, int t, float w) {
    if (!window.contains(i, j)) {
      return;
    }
    int fi = fStart(i, j) + k;
    f[fi] = Math.max(f[fi], w);
    int gi = gStart(i, j) + t;
    g[gi] = Math.max(g[gi], w);
  }

  private record Expansion(int term, float weight) {}

  /**
   * The English-side terms an Arabic token can match, with the weight of each match: the best
   * weight per term, in no particular order (scores keep the maximum, whatever the order).
   */
  private static Expansion[] expand(Tok tok, Lexicon lexicon, TermIndex index) {
    Expansions best = new Expansions();
    if (tok.latin() != null) {
      best.addIfFound(index.keys.get(tok.key()), 1f);
    } else if (tok.key() != null) {
      addTranslations(best, lexicon.englishIds(tok.key()), index);
      for (String variant : tok.variants()) {
        addTranslations(best, lexicon.englishIds(variant), index);
      }
    }
    if (tok.number() != null) {
      best.addIfFound(index.numbers.get(tok.number()), 1f);
    }
    if (tok.skeleton() != null) {
      best.addIfFound(index.skeletons.get(tok.skeleton()), SKELETON_WEIGHT);
    }
    if (!tok.names().isEmpty() && best.isEmpty() && tok.skeleton() != null) {
      // a word the document renders in no other way may be a name written the English way; only
      // the capitalised words whose skeleton starts alike are tried, or long documents would try
      // every pair of names
      NameMatcher names = lexicon.names();
      for (int n : index.namesStartingLike(tok.skeleton())) {
        for (String form : tok.names()) {
          if (names.sameName(form, index.nameTexts.get(n))) {
            best.add(index.nameTerms.get(n), SKELETON_WEIGHT);
            break;
          }
        }
      }
    }
    return best.toArray();
  }

  private static void addTranslations(Expansions best, Lexicon.Row row, TermIndex index) {
    for (int n = 0; n < Math.min(MAX_TRANSLATIONS, row.size()); n++) {
      int term = index.termOfLexiconId(row.id(n));
      if (term >= 0) {
        best.add(term, row.weight(n));
      }
    }
  }

  /** A token's terms as they are found, each with its best weight; tokens have a few at most. */
  private static final class Expansions {
    private int[] terms = new int[8];
    private float[] weights = new float[8];
    private int size;

    /** Adds a term the document's index returned, null when the document lacks it. */
    void addIfFound(Integer term, float weight) {
      if (term != null) {
        add((int) term, weight);
      }
    }

    void add(int term, float weight) {
      for (int i = 0; i < size; i++) {
        if (terms[i] == term) {
          weights[i] = Math.max(weights[i], weight);
          return;
        }
      }
      if (size == terms.length) {
        terms = Arrays.copyOf(terms, size * 2);
        weights = Arrays.copyOf(weights, size * 2);
      }
      terms[size] = term;
      weights[size++] = weight;
    }

    boolean isEmpty() {
      return size == 0;
    }

    Expansion[] toArray() {
      Expansion[] out = new Expansion[size];
      for (int i = 0; i < size; i++) {
        out[i] = new Expansion(terms[i], weights[i]);
      }
      return out;
    }
  }

  /**
   * The English side's terms: for each term, the sentences that hold it (sorted) and, for each of
   * those, the tokens that carry it. Arrays rather than maps: this is the aligner's hottest lookup.
   */
  private static final class TermIndex {
    // one map per kind of term, ids shared
    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> skeletons = new HashMap<>();
    // the capitalised words (possible names): their lower-case text and the term of their skeleton
    private final List<String> nameTexts = new ArrayList<>();
    private final List<Integer> nameTerms = new ArrayList<>();
    // the capitalised words by the first letter of their skeleton
    private final Map<Character, List<Integer>> namesByFirst = new HashMap<>();
    private int nextId;
    private final int[][] postings;
    private final int[][][] tokens;
    // the document's keys the lexicon knows, by lexicon id, sorted, and their term ids: an Arabic
    // word's translations are found by id, without hashing a string per translation
    private final int[] lexiconIds;
    private final int[] lexiconTerms;

    /** The capitalised words whose skeleton starts as {@code skeleton} does. */
    List<Integer> namesStartingLike(String skeleton) {
      return namesByFirst.getOrDefault(skeleton.charAt(0), List.of());
    }

    TermIndex(SideFeatures english, Lexicon lexicon) {
      // occurrences as (term, sentence, token) triples, in sentence and token order
      int[] occ = new int[256];
      int n = 0;
      long[] known = new long[16];
      int knownSize = 0;
      for (int y = 0; y < english.size(); y++) {
        Tok[] sentence = english.tokens[y];
        for (int t = 0; t < sentence.length; t++) {
          Tok tok = sentence[t];
          int before = nextId;
          int key = tok.key() == null ? -1 : keys.computeIfAbsent(tok.key(), x -> nextId++);
          if (key >= before) { // a new key: note its lexicon id
            int lex = lexicon.englishId(tok.key());
            if (lex >= 0) {
              if (knownSize == known.length) {
                known = Arrays.copyOf(known, knownSize * 2);
              }
              known[knownSize++] = ((long) lex << 32) | key;
            }
          }
          int number =
              tok.number() == null ? -1 : numbers.computeIfAbsent(tok.number(), x -> nextId++);
          int beforeSkeleton = nextId;
          int skeleton =
              tok.skeleton() == null
                  ? -1
                  : skeletons.computeIfAbsent(tok.skeleton(), x -> nextId++);
          if (skeleton >= beforeSkeleton && tok.latin() != null) {
            namesByFirst
                .computeIfAbsent(tok.skeleton().charAt(0), c -> new ArrayList<>())
                .add(nameTexts.size());
            nameTexts.add(tok.latin());
            nameTerms.add(skeleton);
          }
          for (int id : new int[] {key, number, skeleton}) {
            if (id >= 0) {
              if (n + 3 > occ.length) {
                occ = Arrays.copyOf(occ, occ.length * 2);
              }
              occ[n++] = id;
              occ[n++] = y;
              occ[n++] = t;
            }
          }
        }
      }
      Arrays.sort(known, 0, knownSize);
      lexiconIds = new int[knownSize];
      lexiconTerms = new int[knownSize];
      for (int i = 0; i < knownSize; i++) {
        lexiconIds[i] = (int) (known[i] >>> 32);
        lexiconTerms[i] = (int) known[i];
      }
      postings = new int[nextId][];
      tokens = new int[nextId][][];
      index(occ, n);
    }

    /**
     * Groups the occurrences by term (a stable counting sort keeps them in sentence and token
     * order), then each term's by sentence.
     */
    private void index(int[] occ, int n) {
      int[] start = new int[nextId + 1];
      for (int i = 0; i < n; i += 3) {
        start[occ[i] + 1]++;
      }
      for (int term = 0; term < nextId; term++) {
        start[term + 1] += start[term];
      }
      int[] next = Arrays.copyOf(start, nextId);
      int[] sentenceOf = new int[n / 3];
      int[] tokenOf = new int[n / 3];
      for (int i = 0; i < n; i += 3) {
        int at = next[occ[i]]++;
        sentenceOf[at] = occ[i + 1];
        tokenOf[at] = occ[i + 2];
      }
      for (int term = 0; term < nextId; term++) {
        int from = start[term];
        int to = start[term + 1];
        int sentences = 0;
        for (int i = from; i < to; i++) {
          sentences += i == from || sentenceOf[i] != sentenceOf[i - 1] ? 1 : 0;
        }
        postings[term] = new int[sentences];
        tokens[term] = new int[sentences][];
        int p = -1;
        for (int i = from; i < to; ) {
          int j = i;
          while (j < to && sentenceOf[j] == sentenceOf[i]) {
            j++;
          }
          postings[term][++p] = sentenceOf[i];
          tokens[term][p] = Arrays.copyOfRange(tokenOf, i, j);
          i = j;
        }
      }
    }

    /** The term of the document key with this lexicon id, or -1 when the document lacks it. */
    int termOfLexiconId(int lexiconId) {
      int i = Arrays.binarySearch(lexiconIds, lexiconId);
      return i >= 0 ? lexiconTerms[i] : -1;
    }

    /** Where the term's postings for sentences {@code [from, to)} start and end. */
    int first(int term, int from) {
      int[] a = postings[term];
      if (from <= 0 || a.length == 0 || from <= a[0]) {
        return 0; // the whole-document window asks this of every term
      }
      return from > a[a.length - 1] ? a.length : lowerBound(a, from);
    }

    int sentence(int term, int posting) {
      return postings[term][posting];
    }

    int[] tokens(int term, int posting) {
      return tokens[term][posting];
    }

    private static int lowerBound(int[] a, int key) {
      int i = Arrays.binarySearch(a, key);
      return i >= 0 ? i : -i - 1;
    }
  }
}

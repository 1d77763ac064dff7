package org.qarin.lexicon.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IBM Model 1 word translation probabilities t(f | e), trained with EM (Brown et al. 1993, "The
 * Mathematics of Statistical Machine Translation"). Sentences are arrays of word ids; id 0 of the
 * conditioning side is reserved for the empty word, which absorbs words with no translation.
 */
final class IbmModel1 {
  private final Map<Long, Integer> pairIndex = new HashMap<>();
  private final int[][] pairs; // per sentence pair: the pair index of each (e, f), e-major
  private double[] t;
  private int maxGiven;

  /**
   * @param given sentences of the conditioning language, without the empty word
   * @param produced the corresponding sentences of the produced language
   */
  IbmModel1(List<int[]> given, List<int[]> produced) {
    pairs = new int[given.size()][];
    for (int s = 0; s < given.size(); s++) {
      int[] e = withEmptyWord(given.get(s));
      int[] f = produced.get(s);
      for (int x : e) {
        maxGiven = Math.max(maxGiven, x);
      }
      int[] idx = new int[e.length * f.length];
      for (int i = 0; i < e.length; i++) {
        for (int j = 0; j < f.length; j++) {
          idx[i * f.length + j] = pairIndex.computeIfAbsent(key(e[i], f[j]), k -> pairIndex.size());
        }
      }
      pairs[s] = idx;
    }
    t = new double[pairIndex.size()];
    java.util.Arrays.fill(t, 1.0);
  }

  /** Runs EM for the given number of iterations. */
  void train(List<int[]> given, List<int[]> produced, int iterations) {
    for (int it = 0; it < iterations; it++) {
      double[] count = new double[t.length];
      double[] total = new double[maxGiven + 1];
      for (int s = 0; s < pairs.length; s++) {
        expect(withEmptyWord(given.get(s)), produced.get(s), pairs[s], count, total);
      }
      maximise(count, total);
    }
  }

  private void expect(int[] e, int[] f, int[] idx, double[] count, double[] total) {
    for (int j = 0; j < f.length; j++) {
      double z = 0;
      for (int i = 0; i < e.length; i++) {
        z += t[idx[i * f.length + j]];
      }
      for (int i = 0; i < e.length; i++) {
        double c = t[idx[i * f.length + j]] / z;
        count[idx[i * f.length + j]] += c;
        total[e[i]] += c;
      }
    }
  }

  private void maximise(double[] count, double[] total) {
    for (Map.Entry<Long, Integer> p : pairIndex.entrySet()) {
      int e = (int) (p.getKey() >>> 32);
      t[p.getValue()] = count[p.getValue()] / total[e];
    }
  }

  /** Calls {@code sink} with every (e, f, t(f | e)) of a non-empty e, in no particular order. */
  void forEach(Sink sink) {
    for (Map.Entry<Long, Integer> p : pairIndex.entrySet()) {
      int e = (int) (p.getKey() >>> 32);
      if (e != 0) {
        sink.accept(e, (int) (long) p.getKey(), t[p.getValue()]);
      }
    }
  }

  /** Receives one translation probability. */
  interface Sink {
    void accept(int given, int produced, double probability);
  }

  private static long key(int e, int f) {
    return ((long) e << 32) | (f & 0xFFFFFFFFL);
  }

  private static int[] withEmptyWord(int[] sentence) {
    int[] e = new int[sentence.length + 1];
    System.arraycopy(sentence, 0, e, 1, sentence.length);
    return e;
  }
}

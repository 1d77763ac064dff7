package org.qarin.lexicon.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the translations worth shipping: each word's few strongest, above a floor. */
final class Pruning {
  private Pruning() {}

  /**
   * Keeps a pair when it is among the {@code top} translations of its Arabic word by p(en|ar), or
   * of its English word by p(ar|en), with that probability at least {@code min}.
   */
  static Map<String, Map<String, double[]>> strongest(
      Map<Long, double[]> probabilities, ParallelCorpus corpus, double min, int top) {
    Map<Integer, List<Long>> byArabic = new HashMap<>();
    Map<Integer, List<Long>> byEnglish = new HashMap<>();
    for (Map.Entry<Long, double[]> p : probabilities.entrySet()) {
      int a = (int) (p.getKey() >>> 32);
      int e = (int) (long) p.getKey();
      byArabic.computeIfAbsent(a, k -> new ArrayList<>()).add(p.getKey());
      byEnglish.computeIfAbsent(e, k -> new ArrayList<>()).add(p.getKey());
    }
    Map<String, Map<String, double[]>> kept = new TreeMap<>();
    keep(byArabic, probabilities, 0, min, top, corpus, kept);
    keep(byEnglish, probabilities, 1, min, top, corpus, kept);
    return kept;
  }

  private static void keep(
      Map<Integer, List<Long>> groups,
      Map<Long, double[]> probabilities,
      int column,
      double min,
      int top,
      ParallelCorpus corpus,
      Map<String, Map<String, double[]>> kept) {
    for (List<Long> group : groups.values()) {
      group.sort(
          Comparator.comparingDouble((Long k) -> -probabilities.get(k)[column])
              .thenComparing(k -> k));
      for (Long k : group.subList(0, Math.min(top, group.size()))) {
        double[] p = probabilities.get(k);
        if (p[column] >= min) {
          String a = corpus.arabicWord((int) (k >>> 32));
          String e = corpus.englishWord((int) (long) k);
          kept.computeIfAbsent(a, x -> new TreeMap<>()).put(e, p);
        }
      }
    }
  }

  /** Probabilities with four decimals, trailing zeros dropped, tab separated. */
  static String format(double[] values) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < values.length; k++) {
      String v =
          String.format(Locale.ROOT, "%.4f", values[k])
              .replaceAll("0+$", "")
              .replaceAll("\\.$", "");
      sb.append(k == 0 ? "" : "\t").append(v);
    }
    return sb.toString();
  }
}

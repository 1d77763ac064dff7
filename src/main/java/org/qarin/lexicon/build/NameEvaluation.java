package org.qarin.lexicon.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qarin.lexicon.NameMatcher;
import org.qarin.lexicon.build.NameSplit.Pair;
import org.qarin.lexicon.build.NameSplit.Part;
import org.qarin.lexicon.build.NameSplit.Source;

/**
 * Measures a {@link NameMatcher} on a held-out part of a {@link NameSplit}: the share of true pairs
 * it matches (recall), and the share of false pairs it matches, each true pair's Arabic against
 * {@value #DISTRACTORS} other English names of the same part whose length is within a fifth of the
 * true English name's (the false-match rate). Distractors are drawn with a seeded {@link Random},
 * never among the English names the data pairs with the same Arabic name.
 */
public final class NameEvaluation {
  /** Distractors per true pair. */
  public static final int DISTRACTORS = 5;

  /** How far a distractor's length may be from the true English name's, as a share of it. */
  public static final double LENGTH_TOLERANCE = 0.2;

  private static final int TRIES = 50 * DISTRACTORS;

  /** A true pair and the English names it is tried against. */
  public record Trial(Pair pair, List<String> distractors) {
    public Trial {
      distractors = List.copyOf(distractors);
    }
  }

  /** Counts on some trials: true pairs and how many matched; distractors and how many matched. */
  public record Scores(int pairs, int matched, int distractors, int falseMatches) {
    /** The share of true pairs matched. */
    public double recall() {
      return pairs == 0 ? 0 : matched / (double) pairs;
    }

    /** The share of distractors matched. */
    public double falseMatchRate() {
      return distractors == 0 ? 0 : falseMatches / (double) distractors;
    }

    Scores plus(Scores o) {
      return new Scores(
          pairs + o.pairs,
          matched + o.matched,
          distractors + o.distractors,
          falseMatches + o.falseMatches);
    }
  }

  private NameEvaluation() {}

  /** The trials of one part, in the part's order; the same split and seed give the same trials. */
  public static List<Trial> trials(NameSplit split, Part part, long seed) {
    Map<String, String> english = new TreeMap<>(); // key to the first English name with it
    for (Pair p : split.pairs(part)) {
      english.putIfAbsent(NameSplit.englishKey(p.english()), p.english());
    }
    Pool pool = new Pool(english, partners(split.all()));
    Random random = new Random(seed);
    List<Trial> trials = new ArrayList<>();
    for (Pair p : split.pairs(part)) {
      trials.add(new Trial(p, pool.draw(p, random)));
    }
    return trials;
  }

  /** For each Arabic name, every English name the data pairs it with. */
  private static Map<String, Set<String>> partners(List<Pair> all) {
    Map<String, Set<String>> partners = new HashMap<>();
    for (Pair p : all) {
      partners
          .computeIfAbsent(NameSplit.arabicKey(p), k -> new TreeSet<>())
          .add(NameSplit.englishKey(p.english()));
    }
    return partners;
  }

  /** The English names of a part, by length. */
  private static final class Pool {
    private final Map<String, Set<String>> partners;
    private final Map<Integer, List<String>> keysByLength = new TreeMap<>();
    private final Map<Integer, List<String>> windows = new HashMap<>();
    private final Map<String, String> english;

    Pool(Map<String, String> english, Map<String, Set<String>> partners) {
      this.english = english;
      this.partners = partners;
      english
          .keySet()
          .forEach(k -> keysByLength.computeIfAbsent(k.length(), n -> new ArrayList<>()).add(k));
    }

    List<String> draw(Pair p, Random random) {
      String key = NameSplit.englishKey(p.english());
      List<String> window = windows.computeIfAbsent(key.length(), this::window);
      Set<String> excluded = partners.get(NameSplit.arabicKey(p));
      List<String> chosen = new ArrayList<>();
      for (int t = 0; t < TRIES && chosen.size() < DISTRACTORS && !window.isEmpty(); t++) {
        String d = window.get(random.nextInt(window.size()));
        if (!d.equals(key) && !excluded.contains(d) && !chosen.contains(d)) {
          chosen.add(d);
        }
      }
      return chosen.stream().map(english::get).toList();
    }

    /** The keys whose length is within the tolerance of {@code length}, shortest first. */
    private List<String> window(int length) {
      List<String> keys = new ArrayList<>();
      keysByLength.forEach(
          (n, k) -> {
            if (Math.abs(n - length) <= LENGTH_TOLERANCE * length) {
              keys.addAll(k);
            }
          });
      return keys;
    }
  }

  /** The matcher's scores on {@code trials} at its own threshold. */
  public static Scores score(NameMatcher matcher, List<Trial> trials) {
    return bySource(matcher, trials).values().stream().reduce(new Scores(0, 0, 0, 0), Scores::plus);
  }

  /** {@link #score} for the trials of each source. */
  public static Map<Source, Scores> bySource(NameMatcher matcher, List<Trial> trials) {
    Map<Source, Scores> scores = new EnumMap<>(Source.class);
    for (Trial t : trials) {
      String arabic = t.pair().arabic();
      int matched = matcher.sameName(arabic, t.pair().english()) ? 1 : 0;
      int falseMatches =
          (int) t.distractors().stream().filter(d -> matcher.sameName(arabic, d)).count();
      scores.merge(
          t.pair().source(),
          new Scores(1, matched, t.distractors().size(), falseMatches),
          Scores::plus);
    }
    return scores;
  }

  /**
   * The lowest threshold (a multiple of 0.0001) at which at most {@code maxFalseMatchRate} of the
   * trials' distractors reach the matcher's similarity: where the false matches are capped, as many
   * true pairs as possible pass.
   */
  public static double threshold(
      NameMatcher matcher, List<Trial> trials, double maxFalseMatchRate) {
    double[] similarities =
        trials.stream()
            .flatMap(
                t -> t.distractors().stream().map(d -> matcher.similarity(t.pair().arabic(), d)))
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
    int allowed = (int) Math.floor(maxFalseMatchRate * similarities.length);
    if (allowed >= similarities.length) {
      return 0.0001;
    }
    // the (allowed + 1)th highest similarity must stay below the threshold
    double highestRefused = similarities[similarities.length - 1 - allowed];
    return Math.max(0.0001, (Math.floor(highestRefused * 10_000) + 1) / 10_000);
  }
}

package org.qarin.audit;

import java.util.EnumMap;
import java.util.Map;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Severity;

/**
 * Turns what the audit knows of a finding's evidence into the probability that a reviewer would
 * confirm it, and gives a finding whose evidence is weak the severity {@code info}. One logistic
 * model per group of kinds, fitted on the dev part of the development data (faithful translations,
 * where every content alarm is false, and edited ones, where the planted changes are true):
 * docs/evaluation.md says how, and {@code bench calibrate} refits the weights below.
 */
final class Calibration {
  /** Below this confidence a finding is info: more likely wrong than right. */
  static final double WARNING = 0.5;

  /**
   * What a finding rests on, each in [0, 1].
   *
   * @param linkScore the aligner's confidence in the link the finding is about (1 for one-sided
   *     links: the feature is then {@code renderedNearby})
   * @param otherUnrendered the share of the other side's content words that nothing renders: a side
   *     that renders everything else makes an unrendered name or number stand out
   * @param ownUnrendered the share of the finding's own side's other content words left unrendered
   * @param renderedNearby for dropped and added sentences, the share of their content words that
   *     the neighbouring sentences of the other document render: a sign of a misalignment rather
   *     than an omission
   * @param known for a name, 1 when the other side has an unrendered word that spells a name (in
   *     Arabic a person-name word the lexicon does not know as a common word; in English one the
   *     lexicon does not know as a common word): what a replaced name leaves behind
   * @param listed for a name, 1 when a word of it is in the person-name list: a name for certain
   *     rather than a capitalised term the lexicon lacks
   * @param pairedGap for a dropped or added sentence, 1 when it shares its place between two links
   *     with sentences of the other side that are unlinked too: more often a pair the aligner could
   *     not tie (short sentences with few words in common) than an omission beside an addition
   * @param shape for an English name, how much its letters look like a person's name rather than a
   *     common word, from 0 to 1 (0.5 for an Arabic name): a surname no list has (Zielinski)
   *     against a capitalised term the lexicon lacks (Cassation)
   */
  record Features(
      double linkScore,
      double otherUnrendered,
      double ownUnrendered,
      double renderedNearby,
      double known,
      double listed,
      double pairedGap,
      double shape) {
    double[] vector() {
      return new double[] {
        1,
        linkScore,
        otherUnrendered,
        ownUnrendered,
        renderedNearby,
        known,
        listed,
        pairedGap,
        shape
      };
    }
  }

  /**
   * Intercept and weights of the features, in the order of {@link Features#vector}, fitted on dev
   * by {@code bench calibrate} (logistic regression, L2 penalty 1). Dates were right every time on
   * dev and the info kinds are never judged: both keep a confident constant.
   */
  private static final Map<Group, double[]> WEIGHTS =
      new EnumMap<>(
          Map.of(
              Group.NAME, new double[] {-3.128, 0.947, -1.508, -0.363, 0, 1.023, 1.944, 0, 2.531},
              Group.NUMBER, new double[] {0.722, 0.337, -0.377, -3.548, 0, 0, 0, 0, 0},
              Group.NEGATION, new double[] {1.840, 0.119, -0.327, -3.053, 0, 0, 0, 0, 0},
              Group.DATE, new double[] {3, 0, 0, 0, 0, 0, 0, 0, 0},
              Group.STRUCTURE, new double[] {3.019, 0, 0, 0, -1.753, 0, 0, -2.174, 0},
              Group.MOVED, new double[] {2.679, 0.689, 0, 0, 0, 0, 0, 0, 0},
              Group.OTHER, new double[] {3, 0, 0, 0, 0, 0, 0, 0, 0}));

  /** Kinds that share one model: they rest on the same kind of evidence. */
  enum Group {
    NAME,
    NUMBER,
    NEGATION,
    DATE,
    STRUCTURE,
    MOVED,
    OTHER;

    static Group of(FindingKind kind) {
      return switch (kind) {
        case NAME_MISSING, NAME_ADDED -> NAME;
        case NUMBER_MISSING, NUMBER_ADDED, NUMBER_CHANGED -> NUMBER;
        case NEGATION_MISMATCH -> NEGATION;
        case DATE_CHANGED -> DATE;
        case DROPPED, ADDED -> STRUCTURE;
        case MOVED -> MOVED;
        default -> OTHER;
      };
    }
  }

  private Calibration() {}

  /** The probability that a finding of {@code kind} with these features is right. */
  static double confidence(FindingKind kind, Features x) {
    double[] w = WEIGHTS.get(Group.of(kind));
    double[] v = x.vector();
    double z = 0;
    for (int i = 0; i < v.length; i++) {
      z += w[i] * v[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The finding with its confidence, and {@code info} severity when that is below {@link #WARNING};
   * findings that are info by nature stay info.
   */
  static Finding weigh(Finding f, Features x) {
    double c = confidence(f.kind(), x);
    Severity s = f.severity() == Severity.INFO || c < WARNING ? Severity.INFO : f.severity();
    return f.weighed(Math.round(c * 10_000) / 10_000.0, s);
  }
}

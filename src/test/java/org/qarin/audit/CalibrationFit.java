package org.qarin.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;

/**
 * Fits {@link Calibration}'s logistic models on labelled findings, and measures how well a model's
 * confidences match how often findings are right (reliability). Used by the lab's {@code bench
 * calibrate}; lives beside the audit because the features are the audit's own.
 */
public final class CalibrationFit {
  /** One finding, its features and whether it is right. */
  record Example(
      Calibration.Group group, double[] x, boolean right, double confidence, String message) {}

  private final List<Example> examples = new ArrayList<>();

  /**
   * Audits an alignment and labels its findings with {@code right}; findings for which {@code
   * counts} is false are left out (kinds a benchmark cannot judge).
   */
  public void add(
      Lexicon lexicon, Alignment alignment, Predicate<Finding> counts, Predicate<Finding> right) {
    new Auditor(lexicon)
        .audit(
            alignment,
            (f, x) -> {
              if (counts.test(f)) {
                synchronized (examples) {
                  examples.add(
                      new Example(
                          Calibration.Group.of(f.kind()),
                          vector(x),
                          right.test(f),
                          f.confidence(),
                          f.message()));
                }
              }
            });
  }

  private static double[] vector(Calibration.Features x) {
    return x.vector();
  }

  /** The examples of one group, a line each: right or wrong, the features, the message. */
  public String dump(String group) {
    StringBuilder sb = new StringBuilder();
    for (Example e : examples) {
      if (e.group().name().equalsIgnoreCase(group)) {
        sb.append(e.right() ? "RIGHT " : "wrong ");
        for (double v : e.x()) {
          sb.append(String.format(Locale.ROOT, "%.2f ", v));
        }
        sb.append(e.message()).append('\n');
      }
    }
    return sb.toString();
  }

  /** Logistic regression per group (Newton's method, a small L2 penalty): the weights, as code. */
  public String fit() {
    StringBuilder sb = new StringBuilder();
    for (Calibration.Group g : Calibration.Group.values()) {
      List<Example> of = examples.stream().filter(e -> e.group() == g).toList();
      long right = of.stream().filter(Example::right).count();
      if (of.isEmpty() || right == 0 || right == of.size()) {
        sb.append(
            String.format(
                Locale.ROOT,
                "      // %s: %d examples, %d right: not fitted%n",
                g,
                of.size(),
                right));
        continue;
      }
      double[] w = newton(of);
      StringBuilder ws = new StringBuilder();
      for (double x : w) {
        ws.append(ws.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", x));
      }
      StringBuilder kept = new StringBuilder();
      for (double bar : new double[] {0.3, 0.35, 0.4, 0.45, 0.5}) {
        long r = of.stream().filter(e -> e.right() && sigmoid(dot(w, e.x())) >= bar).count();
        long wr = of.stream().filter(e -> !e.right() && sigmoid(dot(w, e.x())) >= bar).count();
        kept.append(String.format(Locale.ROOT, " %.2f:%d/%d", bar, r, wr));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "      Group.%s, new double[] {%s}, // %d examples, %d right; kept right/wrong at%s%n",
              g,
              ws,
              of.size(),
              right,
              kept));
    }
    return sb.toString();
  }

  private static double[] newton(List<Example> data) {
    int d = data.get(0).x().length;
    double[] w = new double[d];
    double lambda = 1.0;
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (Example e : data) {
        double p = sigmoid(dot(w, e.x()));
        double y = e.right() ? 1 : 0;
        for (int a = 0; a < d; a++) {
          grad[a] += (p - y) * e.x()[a];
          for (int b = 0; b < d; b++) {
            hess[a][b] += p * (1 - p) * e.x()[a] * e.x()[b];
          }
        }
      }
      for (int a = 1; a < d; a++) { // the intercept is not penalised
        grad[a] += lambda * w[a];
        hess[a][a] += lambda;
      }
      for (int a = 0; a < d; a++) {
        hess[a][a] += 1e-6; // a feature no example uses leaves the matrix singular
      }
      double[] step = solve(hess, grad);
      for (int a = 0; a < d; a++) {
        w[a] -= step[a];
      }
    }
    return w;
  }

  /**
   * Reliability per group: for bins of the current model's confidence, how many findings and how
   * many of them were right; and how many right and wrong findings reach warning.
   */
  public String reliability() {
    StringBuilder sb = new StringBuilder();
    Map<Calibration.Group, int[][]> bins = new EnumMap<>(Calibration.Group.class);
    for (Example e : examples) {
      int[][] b = bins.computeIfAbsent(e.group(), k -> new int[5][2]);
      int bin = Math.min(4, (int) (e.confidence() * 5));
      b[bin][0]++;
      b[bin][1] += e.right() ? 1 : 0;
    }
    bins.forEach(
        (g, b) -> {
          sb.append(String.format(Locale.ROOT, "%-9s", g));
          for (int k = 0; k < 5; k++) {
            sb.append(
                String.format(
                    Locale.ROOT, "  [%.1f,%.1f): %d/%d", k / 5.0, (k + 1) / 5.0, b[k][1], b[k][0]));
          }
          long warnRight =
              examples.stream()
                  .filter(e -> e.group() == g && e.confidence() >= Calibration.WARNING && e.right())
                  .count();
          long warnWrong =
              examples.stream()
                  .filter(
                      e -> e.group() == g && e.confidence() >= Calibration.WARNING && !e.right())
                  .count();
          long right = examples.stream().filter(e -> e.group() == g && e.right()).count();
          sb.append(
              String.format(
                  Locale.ROOT,
                  "  | warning: %d right of %d right, %d wrong%n",
                  warnRight,
                  right,
                  warnWrong));
        });
    return sb.toString();
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] m, double[] v) {
    int n = v.length;
    double[][] a = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], 0, a[i], 0, n);
      a[i][n] = v[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        p = Math.abs(a[r][c]) > Math.abs(a[p][c]) ? r : p;
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k <= n; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a[i][n] / a[i][i];
    }
    return x;
  }
}

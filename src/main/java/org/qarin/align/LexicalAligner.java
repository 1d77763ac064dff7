package org.qarin.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Link;

/**
 * qarin's aligner: lexical translation evidence (lexicon, names, numbers), a length model and a
 * shape prior, searched by dynamic programming over beads up to 1-9; long documents are searched
 * coarse to fine; a second pass finds moved content.
 */
public final class LexicalAligner implements Aligner {
  /** Above this many sentence pairs, search a window around a coarse alignment. */
  static final long FULL_SEARCH_CELLS = 160_000;

  private final Lexicon lexicon;
  private final AlignOptions options;
  private final CostModel model;

  public LexicalAligner(Lexicon lexicon, AlignOptions options) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.options = Objects.requireNonNull(options, "options");
    this.model = CostModel.defaults().withDeletionPercentile(options.deletionPercentile());
  }

  /**
   * A document with what the aligner reads of it (tokens, their weights, sentence lengths), to
   * align it with many documents while analysing it once. Immutable.
   */
  public static final class Prepared {
    private final Document document;
    private final SideFeatures features;

    private Prepared(Document document) {
      this.document = document;
      this.features = SideFeatures.of(document);
    }

    public Document document() {
      return document;
    }
  }

  /** The document analysed for {@link #align(Prepared, Prepared)}. */
  public static Prepared prepare(Document document) {
    return new Prepared(Objects.requireNonNull(document, "document"));
  }

  @Override
  public Alignment align(Document source, Document target) {
    return align(prepare(source), prepare(target));
  }

  /** The alignment of two prepared documents; the same as aligning the documents themselves. */
  public Alignment align(Prepared source, Prepared target) {
    SideFeatures src = source.features;
    SideFeatures tgt = target.features;
    Search first = search(src, tgt, options.maxBead(), -1);
    Evidence evidence = new Evidence(src, tgt, first.scores(), this);
    List<Link> links = first.links();
    OptionalDouble partial = Relatedness.partialThreshold(links, evidence);
    if (partial.isPresent()) {
      links = Relatedness.competitiveLinks(first.scores(), partial.getAsDouble());
    }
    links = WeakLinks.prune(links, evidence);
    if (options.detectMoved()) {
      links = MovedPass.find(links, evidence);
    }
    return new Alignment(source.document, target.document, links);
  }

  /** The monotone alignment of two sides, with the skip cost calibrated on them. */
  List<Link> alignFeatures(SideFeatures src, SideFeatures tgt, int maxBead) {
    return alignFeatures(src, tgt, maxBead, -1);
  }

  /**
   * The monotone alignment of two sides; a negative {@code skip} means calibrate it on the
   * document pair.
   */
  List<Link> alignFeatures(SideFeatures src, SideFeatures tgt, int maxBead, double skip) {
    return search(src, tgt, maxBead, skip).links();
  }

  /** A search's links and the word-level evidence it ran on (null for an empty side). */
  record Search(List<Link> links, PairScores scores) {}

  Search search(SideFeatures src, SideFeatures tgt, int maxBead, double skip) {
    if (src.size() == 0 || tgt.size() == 0) {
      return new Search(oneSided(src.size(), tgt.size()), null);
    }
    double ratio = (double) Math.max(tgt.totalLength(), 1) / Math.max(src.totalLength(), 1);
    PairScores scores = new PairScores(src, tgt, window(src, tgt), lexicon);
    double cost = skip >= 0 ? skip : skipCost(scores, ratio);
    return new Search(new DpAligner(scores, model, ratio, cost, maxBead).align(), scores);
  }


  /** The whole matrix for small pairs, a coarse-to-fine window for long ones. */
  Window window(SideFeatures src, SideFeatures tgt) {
    return (long) src.size() * tgt.size() <= FULL_SEARCH_CELLS
        ? Window.full(src.size(), tgt.size())
        : CoarseWindow.of(src, tgt, this);
  }

  /**
   * The cost of leaving one sentence unaligned: half the cost, at the deletion percentile, of the
   * 1-1 pairs in the window, most of which are not translations of each other.
   */
  double skipCost(PairScores scores, double ratio) {
    Window w = scores.window;
    long cells = w.cells();
    int stride = (int) Math.max(1, cells / 20_000);
    List<Double> costs = new ArrayList<>();
    Accumulator acc = new Accumulator(scores); // reset per pair: one per pair cost more than the pair
    long c = 0;
    for (int i = 0; i < w.n; i++) {
      for (int j = w.lo[i]; j < w.hi[i]; j++, c++) {
        if (c % stride == 0) {
          acc.resetSource(i, i + 1);
          acc.addTarget(j);
          costs.add(model.bead(1, 1, acc.similarity(), scores.source.length(i, i + 1),
              scores.target.length(j, j + 1), ratio));
        }
      }
    }
    double[] sorted = costs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double q = sorted[(int) Math.min(sorted.length - 1, Math.floor(model.deletionPercentile() * sorted.length))];
    return Math.max(model.skipFloor(), q / 2);
  }

  /**
   * The skip cost that makes a 1-1 pair worth linking exactly when its similarity reaches {@code
   * similarity} and its lengths are plausible: for searches without a typical pair to compare with.
   */
  double skipForSimilarity(double similarity) {
    return (model.lexicalWeight() * (1 - similarity) + model.lengthWeight() * 2.0) / 2;
  }

  /** The Gale-Church length cost of a link, with the document pair's length ratio. */
  double lengthCost(SideFeatures src, SideFeatures tgt, List<Integer> is, List<Integer> js) {
    double ratio = (double) Math.max(tgt.totalLength(), 1) / Math.max(src.totalLength(), 1);
    long s = is.stream().mapToLong(i -> src.length(i, i + 1)).sum();
    long t = js.stream().mapToLong(j -> tgt.length(j, j + 1)).sum();
    return model.lengthCost(s, t, ratio);
  }

  /** The lexical similarity of source sentences {@code is} and target sentences {@code js}. */
  double similarity(SideFeatures src, SideFeatures tgt, List<Integer> is, List<Integer> js) {
    PairScores ps = new PairScores(src.subset(is), tgt.subset(js), Window.full(is.size(), js.size()), lexicon);
    Accumulator acc = Accumulator.source(ps, 0, is.size());
    for (int j = 0; j < js.size(); j++) {
      acc.addTarget(j);
    }
    return acc.similarity();
  }

  private static List<Link> oneSided(int n, int m) {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      links.add(new Link(List.of(i), List.of(), org.qarin.model.LinkKind.DROPPED, 1.0));
    }
    for (int j = 0; j < m; j++) {
      links.add(new Link(List.of(), List.of(j), org.qarin.model.LinkKind.ADDED, 1.0));
    }
    return links;
  }

  static int[] copy(int[] a) {
    return Arrays.copyOf(a, a.length);
  }
}

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

  /** Similarity from which two sentences that are each other's most similar are an anchor. */
  static final double ANCHOR_SIMILARITY = 0.4;

  /** Fewer anchors than this leave the length ratio to the whole documents. */
  static final int MIN_ANCHORS = 3;

  /**
   * Anchors per sentence of the shorter side of their span below which the ratio stays the whole
   * documents': a few anchors far apart in a loose literary translation say little of what the
   * documents share. Without it or {@link #SPAN_GATE}, AlignAR literature fell from 0.652 to 0.599
   * strict F1.
   */
  static final double ANCHOR_DENSITY = 0.25;

  /**
   * How far (as a factor) the span's ratio must differ from the whole documents' to replace it. A
   * complete translation's anchors span nearly all of both documents, and small differences only
   * move its dropped and added sentences: without the gate, the edited-translation benchmark's
   * strict F1 fell from 0.9783 to 0.9765; at 1.15 to 0.9779, at 1.25 and 1.4 not at all.
   */
  static final double SPAN_GATE = 1.25;

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
    Evidence evidence = new Evidence(src, tgt, first.scores(), first.ratio(), this);
    List<Link> links = first.links();
    OptionalDouble partial = Relatedness.partialThreshold(links, evidence);
    if (partial.isPresent()) {
      links = Relatedness.competitiveLinks(first.scores(), partial.getAsDouble());
      links = PartialRendering.refine(links, evidence, target.document);
    }
    links = WeakLinks.prune(links, evidence);
    // strays first, so that the moved pass may link what they held; then its own lone links
    links = PartialRendering.pruneStrays(links, evidence, target.document);
    if (options.detectMoved()) {
      links = MovedPass.find(links, evidence);
      links = PartialRendering.pruneStrays(links, evidence, target.document);
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

  /**
   * A search's links, the word-level evidence it ran on (null for an empty side) and the length
   * ratio it expected of translated sentences.
   */
  record Search(List<Link> links, PairScores scores, double ratio) {}

  Search search(SideFeatures src, SideFeatures tgt, int maxBead, double skip) {
    if (src.size() == 0 || tgt.size() == 0) {
      return new Search(oneSided(src.size(), tgt.size()), null, wholeRatio(src, tgt));
    }
    PairScores scores = new PairScores(src, tgt, window(src, tgt), lexicon);
    Sample sample = Sample.of(scores);
    double ratio = lengthRatio(sample);
    double cost = skip >= 0 ? skip : skipCost(sample, ratio);
    return new Search(new DpAligner(scores, model, ratio, cost, maxBead).align(), scores, ratio);
  }

  /** The whole matrix for small pairs, a coarse-to-fine window for long ones. */
  Window window(SideFeatures src, SideFeatures tgt) {
    return (long) src.size() * tgt.size() <= FULL_SEARCH_CELLS
        ? Window.full(src.size(), tgt.size())
        : CoarseWindow.of(src, tgt, this);
  }

  /**
   * The 1-1 pairs of a search's window (a sample of them for long documents) and their lexical
   * similarities, on which the search is calibrated.
   */
  record Sample(PairScores scores, int[] is, int[] js, double[] sims, int size) {
    static Sample of(PairScores scores) {
      Window w = scores.window;
      long cells = w.cells();
      int stride = (int) Math.max(1, cells / 20_000);
      int n = (int) ((cells + stride - 1) / stride);
      int[] is = new int[n];
      int[] js = new int[n];
      double[] sims = new double[n];
      Accumulator acc = new Accumulator(scores); // reset per pair: one per pair cost more than the pair
      long c = 0;
      int k = 0;
      for (int i = 0; i < w.n; i++) {
        for (int j = w.lo[i]; j < w.hi[i]; j++, c++) {
          if (c % stride == 0) {
            acc.resetSource(i, i + 1);
            acc.addTarget(j);
            is[k] = i;
            js[k] = j;
            sims[k++] = acc.similarity();
          }
        }
      }
      return new Sample(scores, is, js, sims, k);
    }
  }

  /**
   * The cost of leaving one sentence unaligned: half the cost, at the deletion percentile, of the
   * sampled 1-1 pairs, most of which are not translations of each other.
   */
  double skipCost(Sample sample, double ratio) {
    SideFeatures src = sample.scores().source;
    SideFeatures tgt = sample.scores().target;
    int k = sample.size();
    double[] costs = new double[k];
    for (int x = 0; x < k; x++) {
      int i = sample.is()[x];
      int j = sample.js()[x];
      costs[x] = model.bead(1, 1, sample.sims()[x], src.length(i, i + 1), tgt.length(j, j + 1), ratio);
    }
    Arrays.sort(costs);
    double q = costs[(int) Math.min(k - 1, Math.floor(model.deletionPercentile() * k))];
    return Math.max(model.skipFloor(), q / 2);
  }

  /**
   * The length ratio the length model expects of a translated pair: that of the whole documents,
   * unless the anchors say one renders only part of the other. Anchors are pairs of sentences that
   * are each other's most similar, at {@link #ANCHOR_SIMILARITY} or more; from the first to the
   * last, the text they span on each side is what the two have in common. When there are enough
   * anchors, dense enough in that span ({@link #MIN_ANCHORS}, {@link #ANCHOR_DENSITY}), and the
   * span's ratio differs from the whole documents' by more than {@link #SPAN_GATE}, the span's
   * ratio is used. Against a translation of only its first half, the whole documents' ratio
   * expects every sentence's translation to be half as long as it is, and the search then joins
   * source sentences two by two rather than report the second half dropped. The anchors' own
   * lengths are not used: short sentences (titles, names, numbers) anchor more readily, and their
   * ratio is not the text's.
   */
  static double lengthRatio(Sample sample) {
    SideFeatures src = sample.scores().source;
    SideFeatures tgt = sample.scores().target;
    double[] rowBest = new double[src.size()];
    double[] colBest = new double[tgt.size()];
    int[] rowArg = new int[src.size()];
    int[] colArg = new int[tgt.size()];
    Arrays.fill(rowArg, -1);
    Arrays.fill(colArg, -1);
    for (int x = 0; x < sample.size(); x++) {
      int i = sample.is()[x];
      int j = sample.js()[x];
      double sim = sample.sims()[x];
      if (sim > rowBest[i]) {
        rowBest[i] = sim;
        rowArg[i] = j;
      }
      if (sim > colBest[j]) {
        colBest[j] = sim;
        colArg[j] = i;
      }
    }
    int anchors = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < src.size(); i++) {
      int j = rowArg[i];
      if (j >= 0 && colArg[j] == i && rowBest[i] >= ANCHOR_SIMILARITY) {
        anchors++;
        first = first < 0 ? i : first;
        last = i;
      }
    }
    double whole = wholeRatio(src, tgt);
    if (anchors < MIN_ANCHORS || rowArg[first] > rowArg[last]
        || anchors < ANCHOR_DENSITY * Math.min(last - first + 1, rowArg[last] - rowArg[first] + 1)) {
      return whole;
    }
    long s = src.length(first, last + 1);
    long t = tgt.length(rowArg[first], rowArg[last] + 1);
    double span = (double) Math.max(t, 1) / Math.max(s, 1);
    return Math.max(span / whole, whole / span) > SPAN_GATE ? span : whole;
  }

  private static double wholeRatio(SideFeatures src, SideFeatures tgt) {
    return (double) Math.max(tgt.totalLength(), 1) / Math.max(src.totalLength(), 1);
  }

  /**
   * The skip cost that makes a 1-1 pair worth linking exactly when its similarity reaches {@code
   * similarity} and its lengths are plausible: for searches without a typical pair to compare with.
   */
  double skipForSimilarity(double similarity) {
    return (model.lexicalWeight() * (1 - similarity) + model.lengthWeight() * 2.0) / 2;
  }

  /** The Gale-Church length cost of a link, with the length ratio of the document pair's search. */
  double lengthCost(SideFeatures src, SideFeatures tgt, List<Integer> is, List<Integer> js, double ratio) {
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

  /** The share of target sentence {@code j}'s words that source sentences {@code is} render. */
  double targetCoverage(SideFeatures src, SideFeatures tgt, List<Integer> is, int j) {
    PairScores ps = new PairScores(src.subset(is), tgt.subset(List.of(j)), Window.full(is.size(), 1), lexicon);
    Accumulator acc = Accumulator.source(ps, 0, is.size());
    acc.addTarget(0);
    return acc.targetShare();
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

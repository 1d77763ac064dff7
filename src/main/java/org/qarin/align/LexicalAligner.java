package org.qarin.align;

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
  private final AlignOptions options;
  private final BeadSearch search;

  public LexicalAligner(Lexicon lexicon, AlignOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    CostModel model = CostModel.defaults().withDeletionPercentile(options.deletionPercentile());
    this.search = new BeadSearch(Objects.requireNonNull(lexicon, "lexicon"), model);
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
    BeadSearch.Result first = search.run(src, tgt, options.maxBead(), -1);
    Evidence evidence = new Evidence(src, tgt, first.scores(), first.ratio(), search);
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
}

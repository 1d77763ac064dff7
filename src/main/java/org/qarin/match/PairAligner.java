package org.qarin.match;

import java.util.ArrayList;
import java.util.List;
import org.qarin.align.AlignOptions;
import org.qarin.align.LexicalAligner;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Sentence;
import org.qarin.model.Span;

/**
 * qarin's aligner as matching needs it, for documents of any size. The aligner prices leaving a
 * sentence out at the deletion percentile of the costs of its window's sentence pairs, assuming
 * most of them are not translations. In a window of a few sentences most are: two one-sentence
 * translations tie with leaving both out, and the aligner leaves them out. So the percentile is
 * raised above the share of pairs that can be translations, and a pair of one-sentence documents
 * gets a target sentence without words, which pairs with nothing, as the window's other pair.
 */
final class PairAligner {
  /** How far above the share of possible translations the percentile goes. */
  private static final double PERCENTILE_MARGIN = 0.1;

  /** The aligner's percentile must stay below 1. */
  private static final double MAX_PERCENTILE = 0.95;

  /** Text of the sentence added to one-sentence targets: punctuation, so no word at all. */
  private static final String FILLER = "\u00b7";

  private final Lexicon lexicon;
  private final AlignOptions base;

  PairAligner(Lexicon lexicon, AlignOptions base) {
    this.lexicon = lexicon;
    this.base = base;
  }

  /** The sentence alignment of the two documents. */
  Alignment align(Document source, Document target) {
    return align(LexicalAligner.prepare(source), LexicalAligner.prepare(target));
  }

  /** The sentence alignment of the two documents, prepared once for all the pairs they are in. */
  Alignment align(LexicalAligner.Prepared source, LexicalAligner.Prepared target) {
    Document s = source.document();
    boolean single = s.size() == 1 && target.document().size() == 1;
    LexicalAligner.Prepared t =
        single ? LexicalAligner.prepare(withFiller(target.document())) : target;
    double p = percentile(s.size(), t.document().size());
    Alignment a = new LexicalAligner(lexicon, base.withDeletionPercentile(p)).align(source, t);
    return single ? new Alignment(s, target.document(), withoutFiller(a.links(), 1)) : a;
  }

  /**
   * The aligner's score for the two documents taken as one sentence each: their lexical similarity
   * and length agreement as a whole, 0 if the aligner would not pair them at all.
   */
  private double wholeScore(Document source, Document target) {
    double best = 0;
    for (Link l : align(collapse(source), collapse(target)).links()) {
      if (!l.oneSided()) {
        best = Math.max(best, l.score());
      }
    }
    return best;
  }

  /** The best of {@link #wholeScore} over the pairs of one source and one target sentence. */
  double bestSentencePair(Document source, Document target) {
    double best = 0;
    for (Sentence s : source.sentences()) {
      Document one = single(source, s);
      for (Sentence t : target.sentences()) {
        best = Math.max(best, wholeScore(one, single(target, t)));
      }
    }
    return best;
  }

  private static Document single(Document d, Sentence s) {
    return new Document(
        d.name(),
        d.language(),
        s.text(),
        List.of(new Sentence(0, 0, new Span(0, s.text().length()), s.text())));
  }

  private double percentile(int n, int m) {
    double possible = 1.0 / Math.max(n, m);
    return Math.max(
        base.deletionPercentile(), Math.min(MAX_PERCENTILE, possible + PERCENTILE_MARGIN));
  }

  private static Document collapse(Document d) {
    if (d.size() == 1) {
      return d;
    }
    Sentence all = new Sentence(0, 0, new Span(0, d.text().length()), d.text());
    return new Document(d.name(), d.language(), d.text(), List.of(all));
  }

  private static Document withFiller(Document d) {
    String text = d.text() + "\n\n" + FILLER;
    int paragraph = d.sentence(d.size() - 1).paragraph() + 1;
    List<Sentence> sentences = new ArrayList<>(d.sentences());
    sentences.add(
        new Sentence(d.size(), paragraph, new Span(text.length() - 1, text.length()), FILLER));
    return new Document(d.name(), d.language(), text, sentences);
  }

  /** The links with target sentence {@code filler} taken out; it has no words to score. */
  private static List<Link> withoutFiller(List<Link> links, int filler) {
    List<Link> out = new ArrayList<>();
    for (Link l : links) {
      List<Integer> target = l.target().stream().filter(j -> j != filler).toList();
      if (target.size() == l.target().size()) {
        out.add(l);
      } else if (!target.isEmpty()) {
        out.add(new Link(l.source(), target, l.kind(), l.score()));
      } else {
        l.source().forEach(i -> out.add(new Link(List.of(i), List.of(), LinkKind.DROPPED, 1.0)));
      }
    }
    return out;
  }
}

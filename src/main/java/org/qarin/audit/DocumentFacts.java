package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import org.qarin.lexicon.Token;
import org.qarin.model.Document;
import org.qarin.model.Sentence;

/**
 * What the audit reads of each sentence of one document, worked out once per audit: the word gaps
 * and the content checks of a link read the same sentences, and so does the length model. Tokens
 * and dates are found when first asked for, since most sentences of a long document never need
 * their dates. One instance serves one audit, on one thread.
 */
final class DocumentFacts {
  private final Document doc;
  private final List<List<Token>> tokens;
  private final List<List<Word>> words;
  private final List<List<DateMention>> dates;

  DocumentFacts(Document doc) {
    this.doc = doc;
    int n = doc.size();
    this.tokens = new ArrayList<>(n);
    this.dates = new ArrayList<>(n);
    this.words = new ArrayList<>(n);
    for (Sentence s : doc.sentences()) {
      List<Token> t = Tokens.of(s.text());
      tokens.add(t);
      dates.add(null);
      words.add(Words.of(s, t));
    }
  }

  Document doc() {
    return doc;
  }

  /** The audit's tokens of sentence {@code i}, offsets relative to the sentence. */
  List<Token> tokens(int i) {
    return tokens.get(i);
  }

  /** The content words of sentence {@code i}, with document offsets. */
  List<Word> words(int i) {
    return words.get(i);
  }

  /** The words of every sentence, by sentence index. */
  List<List<Word>> words() {
    return words;
  }

  /** The dates and weekdays of sentence {@code i}, with document offsets. */
  List<DateMention> dates(int i) {
    List<DateMention> d = dates.get(i);
    if (d == null) {
      Sentence s = doc.sentence(i);
      List<DateMention> found = new ArrayList<>();
      for (DateMention m : Dates.find(s.text())) {
        found.add(m.shifted(s.start()));
      }
      d = List.copyOf(found);
      dates.set(i, d);
    }
    return d;
  }
}

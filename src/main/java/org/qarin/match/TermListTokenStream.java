package org.qarin.match;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Terms qarin has analysed itself, handed to Lucene as they are: no Lucene analyser may change
 * them, or index terms would stop meeting the lexicon's keys.
 */
final class TermListTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final List<String> terms;
  private int next;

  TermListTokenStream(List<String> terms) {
    this.terms = List.copyOf(terms);
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(terms.get(next++));
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}

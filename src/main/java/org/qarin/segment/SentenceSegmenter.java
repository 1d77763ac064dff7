package org.qarin.segment;

import java.util.List;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/** Splits a document's text into sentences whose spans point into that text. */
public interface SentenceSegmenter {
  /**
   * Returns the sentences of {@code text} in document order. Their spans, taken together, cover
   * every non-space character of {@code text} exactly once.
   */
  List<Sentence> segment(String text, Language language);
}

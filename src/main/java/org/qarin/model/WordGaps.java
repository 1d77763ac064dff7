package org.qarin.model;

import java.util.List;

/**
 * The words of one link that have no counterpart on the other side: source words the translation
 * does not render and translation words with no source. Spans are offsets into each document.
 *
 * @param link the index of the link in {@link Alignment#links()}
 */
public record WordGaps(int link, List<Span> source, List<Span> target) {
  public WordGaps {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}

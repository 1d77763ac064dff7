package org.qarin.align;

import org.qarin.model.Alignment;
import org.qarin.model.Document;

/** Finds which sentences of a translation render which sentences of its source. */
public interface Aligner {
  /**
   * Aligns {@code source} with its translation {@code target}. Every sentence of both documents is
   * in exactly one link; links other than {@code moved} ones are in document order.
   */
  Alignment align(Document source, Document target);
}

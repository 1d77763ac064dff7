package org.qarin.model;

import java.util.Locale;

/** What a link says about its sentences. The declaration order also breaks ties in the aligner. */
public enum LinkKind {
  /** Source and target sentences render each other, in document order. */
  ALIGNED,
  /** Source and target sentences render each other, out of document order. */
  MOVED,
  /** Source sentences with no counterpart in the translation. */
  DROPPED,
  /** Translation sentences with no source. */
  ADDED;

  /** The lower-case name used in every output format. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.qarin.match;

import java.util.Locale;

/** Whether a target document renders a source document, and how much of it. */
public enum Verdict {
  /** The target renders most of the source (it may render other documents too). */
  WHOLE,
  /** The target renders a part of the source. */
  PART,
  /** The target does not render the source. */
  NONE;

  /** The lower-case name used in every output format. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.qarin.model;

import java.util.Locale;

/** What an audit finding is about. The ids are the contract's ({@code number-changed}, ...). */
public enum FindingKind {
  DROPPED("a source sentence has no counterpart in the translation"),
  ADDED("a translation sentence has no source"),
  MOVED("content appears far from its place in the source"),
  MERGED("several source sentences are rendered as one"),
  SPLIT("one source sentence is rendered as several"),
  NUMBER_MISSING("a number in the source is missing from the translation"),
  NUMBER_ADDED("a number in the translation is not in the source"),
  NUMBER_CHANGED("a number differs between source and translation"),
  DATE_CHANGED("a date differs between source and translation"),
  NAME_MISSING("a name in the source is missing from the translation"),
  NAME_ADDED("a name in the translation is not in the source"),
  NEGATION_MISMATCH("one side is negated and the other is not"),
  QUOTE_MISMATCH("quoted speech on one side only"),
  LENGTH_ANOMALY("the translation is much shorter or longer than its source"),
  BOILERPLATE("page furniture: captions, bylines, datelines, related links, disclaimers"),
  OTHER_CONTENT("translation sentences outside the stretch that renders the source: other content"),
  NOT_INCLUDED("source sentences outside the passage a partial rendering renders");

  private final String description;

  FindingKind(String description) {
    this.description = description;
  }

  /** The kind's id in every output format, e.g. {@code number-changed}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What the kind means, for legends and help texts. */
  public String description() {
    return description;
  }

  /**
   * The kind with the given id.
   *
   * @throws IllegalArgumentException for an unknown id
   */
  public static FindingKind fromId(String id) {
    for (FindingKind k : values()) {
      if (k.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown finding kind '" + id + "'");
  }
}

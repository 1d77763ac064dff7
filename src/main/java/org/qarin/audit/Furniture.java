package org.qarin.audit;

/** The kinds of page furniture the audit recognises, as the rule files name them. */
enum Furniture {
  CAPTION("photo caption"),
  BYLINE("byline"),
  DATELINE("dateline"),
  RELATED("related-article link"),
  SECTION("section label"),
  DISCLAIMER("newsroom disclaimer");

  private final String label;

  Furniture(String label) {
    this.label = label;
  }

  /** How a message names the kind, e.g. {@code photo caption}. */
  String label() {
    return label;
  }
}

package org.qarin.model;

import java.util.Locale;

/** How much a finding matters to a reviewer, least first. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

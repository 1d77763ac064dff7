package org.qarin.model;

import java.util.Locale;

/** The two languages qarin compares. */
public enum Language {
  AR("ar", "Arabic"),
  EN("en", "English");

  private final String code;
  private final String displayName;

  Language(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** The ISO 639-1 code, as used in file formats ({@code ar}, {@code en}). */
  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  /** True when text in this language runs right to left. */
  public boolean rightToLeft() {
    return this == AR;
  }

  /**
   * Parses an ISO code such as {@code ar}, {@code en}, {@code ar-SY} or {@code en_US}.
   *
   * @throws IllegalArgumentException for any other language
   */
  public static Language fromCode(String code) {
    String base = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    for (Language l : values()) {
      if (l.code.equals(base)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unsupported language '" + code + "' (use ar or en)");
  }
}

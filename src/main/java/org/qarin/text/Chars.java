package org.qarin.text;

/** Character classes qarin's text handling relies on. */
public final class Chars {
  private Chars() {}

  /** Arabic tatweel, bidi controls, zero-width characters, soft hyphen: no meaning for analysis. */
  public static boolean isIgnorable(int c) {
    return c == 0x0640
        || c == 0x061C
        || c == 0x00AD
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0xFEFF;
  }

  public static boolean isArabicPresentationForm(int c) {
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
  }

  public static boolean isPrivateUse(int c) {
    return Character.getType(c) == Character.PRIVATE_USE;
  }

  /** White space in the broad sense: Java white space plus no-break and other Unicode spaces. */
  public static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x0085;
  }

  /** A letter of the Arabic script (base letters, not marks or digits). */
  public static boolean isArabicLetter(int c) {
    // the Arabic alphabet and everything before the Arabic block are decided without Unicode's
    // script table, whose binary search was a tenth of language detection and tokenizing
    if (c < 0x0600) {
      return false;
    }
    if (c >= 0x0621 && c <= 0x064A && c != 0x0640) { // tatweel is a letter of no one script
      return true;
    }
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
  }

  public static boolean isLatinLetter(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** Whether every letter of {@code s} is Latin (a word without letters counts as Latin). */
  public static boolean isLatinWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80
          && Character.isLetter(c)
          && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  /** Arabic harakat and other combining marks that do not change a word's identity. */
  public static boolean isArabicDiacritic(int c) {
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
  }
}

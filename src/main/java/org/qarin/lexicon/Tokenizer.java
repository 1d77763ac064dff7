package org.qarin.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.qarin.text.Chars;

/**
 * Cuts text into words and numbers. Letters, combining marks and characters analysis ignores
 * (tatweel, bidi marks) continue a word; an apostrophe between letters too (Syria's). Digits with
 * decimal or thousands marks between them form one number (3.5, 1,200, ٣٫٥). Everything else
 * separates tokens, and digits end an Arabic word (و60 is a conjunction and a number): hyphens
 * (al-Assad, COVID-19), slashes (2024/11/30), punctuation.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** The tokens of {@code text}, in order. */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (isDigit(c)) {
        int end = numberEnd(text, i);
        tokens.add(new Token(text.substring(i, end), i, end, true));
        i = end;
      } else if (Chars.isIgnorable(c) && !startsWord(text, i)) {
        i += Character.charCount(c); // ـ11: a tatweel before a number belongs to no word
      } else if (isWordChar(c)) {
        int end = wordEnd(text, i);
        tokens.add(new Token(text.substring(i, end), i, end, false));
        i = end;
      } else {
        i += Character.charCount(c);
      }
    }
    return tokens;
  }

  /** Whether the characters analysis ignores at {@code i} lead to a letter rather than a digit. */
  private static boolean startsWord(String s, int i) {
    int n = s.length();
    while (i < n && Chars.isIgnorable(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i < n && isWordChar(s.codePointAt(i)) && !isDigit(s.codePointAt(i));
  }

  private static boolean isWordChar(int c) {
    // the letters of nearly every word, and the spaces and punctuation between them, without
    // Unicode's tables
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (c >= 0x0621 && c <= 0x064A) {
      return true;
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || Chars.isIgnorable(c);
  }

  private static int wordEnd(String s, int i) {
    int n = s.length();
    boolean arabic = Chars.isArabicLetter(s.codePointAt(i));
    while (i < n) {
      int c = s.codePointAt(i);
      if (isWordChar(c) || (!arabic && isDigit(c))) { // و60 is و and 60; M4 stays one
        i += Character.charCount(c);
      } else if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(s.codePointAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isDigit(int c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    if (c >= 0x0600 && c <= 0x06FF) { // the Arabic block's digits, without Unicode's tables
      return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
    }
    return Character.isDigit(c);
  }

  private static int numberEnd(String s, int i) {
    int n = s.length();
    while (i < n) {
      int c = s.codePointAt(i);
      if (isDigit(c) || Chars.isIgnorable(c)) {
        i += Character.charCount(c);
      } else if (isNumberMark(c) && i + 1 < n && Character.isDigit(s.codePointAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isNumberMark(int c) {
    return c == '.' || c == ',' || c == '٫' || c == '٬';
  }
}

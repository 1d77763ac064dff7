package org.qarin.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import org.qarin.text.Chars;

/**
 * The letters {@link NameMatcher} compares, and the one place that reduces a word to them, so that
 * the model's training and its use see the same letters.
 *
 * <p>Arabic: diacritics, tatweel, bidi marks and anything not an Arabic letter go; the alef forms
 * become ا, Persian and Maghrebi letters their Arabic counterparts (پ ب, ڤ ف, گ ڨ غ, ی ي, ک ك),
 * presentation forms their base letters, and تش one letter (written چ), since it stands for one
 * sound (ch, tch, zh, cz) that Latin writes with one or two letters. Latin: lower case, diacritics
 * removed (ß æ œ ø ł đ ð þ ı spelled out), only a to z kept, x written ks as Arabic does (كس), and
 * a doubled letter written once, since Arabic writes it once (Marchetti, ماركيتي).
 */
public final class NameLetters {
  /**
   * The Arabic letters after normalisation; a letter's code in the matcher is its index plus one.
   */
  public static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءؤئچ";

  /** The most letters one character gives, on either side (ﷲ, الله). */
  static final int MAX_LETTERS_PER_CHAR = 4;

  private static final char ALEF = 'ا';
  private static final char LAM = 'ل';
  private static final int TEH = ARABIC_LETTERS.indexOf('ت') + 1;
  private static final int SHEEN = ARABIC_LETTERS.indexOf('ش') + 1;
  private static final int TCHEH = ARABIC_LETTERS.indexOf('چ') + 1;
  private static final int LATIN_TABLE_END = 0x0250;
  private static final int LATIN_EXTENDED_ADDITIONAL = 0x1E00;
  private static final String[] LATIN = latinTable();
  // alef forms and Persian, Urdu and Maghrebi letters, and the letter each becomes
  private static final String VARIANTS = "أإآٱٲٳیېےکڤپگڨہھۃچ";
  private static final String VARIANTS_AS = "اااااايييكفبغغههةچ";
  // each character of the Arabic block as a letter code, 0 for none: one letter at most each
  private static final byte[] ARABIC = arabicTable();
  // the article's letters before a sun letter, with a separator: al-Assad, el-Sisi, ash-Shara
  private static final String[] LATIN_ARTICLES = {
    "al", "el", "ul", "ad", "an", "ar", "as", "at", "az", "ash", "ath", "adh", "ed", "en", "er",
    "es", "et", "ez", "esh"
  };
  private static final String SEPARATORS = "- '’ʼ‐‑`";

  private NameLetters() {}

  /** The Arabic letters of {@code word}, normalised; empty when it has none. */
  public static String arabic(String word) {
    int[] codes = new int[MAX_LETTERS_PER_CHAR * word.length()];
    int n = arabicCodes(word, codes);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(ARABIC_LETTERS.charAt(codes[i] - 1));
    }
    return sb.toString();
  }

  /** The Latin letters of {@code word}, normalised (a to z only); empty when it has none. */
  public static String latin(String word) {
    int[] codes = new int[MAX_LETTERS_PER_CHAR * word.length()];
    int m = latinCodes(word, 0, codes);
    StringBuilder sb = new StringBuilder(m);
    for (int j = 0; j < m; j++) {
      sb.append((char) ('a' + codes[j]));
    }
    return sb.toString();
  }

  /**
   * Normalised Arabic letters without a leading article ال, when at least two letters follow it.
   */
  public static String withoutArticle(String arabicLetters) {
    return hasArticle(arabicLetters) ? arabicLetters.substring(2) : arabicLetters;
  }

  /**
   * Whether normalised Arabic letters start with the article ال and at least two letters follow.
   */
  public static boolean hasArticle(String arabicLetters) {
    return arabicLetters.length() >= 4
        && arabicLetters.charAt(0) == ALEF
        && arabicLetters.charAt(1) == LAM;
  }

  /** {@link #hasArticle} on letter codes. */
  static boolean hasArticle(int[] codes, int n) {
    return n >= 4 && codes[0] == code(ALEF) && codes[1] == code(LAM);
  }

  static int code(char arabicLetter) {
    return ARABIC_LETTERS.indexOf(arabicLetter) + 1;
  }

  /**
   * Writes the codes (1 to {@code ARABIC_LETTERS.length()}) of a word's Arabic letters into {@code
   * out}, which should hold {@link #MAX_LETTERS_PER_CHAR} times the word's length, and stops when
   * it is full; returns how many it wrote.
   */
  static int arabicCodes(String word, int[] out) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x0600 && c < 0x0700) {
        n = appendArabic(out, n, ARABIC[c - 0x0600]);
      } else {
        String letters = presentationForm(c);
        for (int k = 0; k < letters.length(); k++) {
          n = appendArabic(out, n, code(letters.charAt(k)));
        }
      }
    }
    return n;
  }

  private static int appendArabic(int[] out, int n, int code) {
    if (code == 0 || n == out.length) {
      return n;
    }
    if (code == SHEEN && n > 0 && out[n - 1] == TEH) {
      out[n - 1] = TCHEH;
      return n;
    }
    out[n] = code;
    return n + 1;
  }

  private static String presentationForm(char c) {
    if (!Chars.isArabicPresentationForm(c)) {
      return "";
    }
    String letters =
        normalizedArabic(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
    // a ligature of a word (ﻻ, ﷲ) is part of a name; one of a phrase (ﷺ) is none
    return letters.length() <= MAX_LETTERS_PER_CHAR ? letters : "";
  }

  /**
   * Writes the codes (0 for a to 25 for z) of a word's Latin letters from {@code from} into {@code
   * out}, which should hold {@link #MAX_LETTERS_PER_CHAR} times the word's length, and stops when
   * it is full; returns how many it wrote.
   */
  static int latinCodes(String word, int from, int[] out) {
    int m = 0;
    for (int i = from; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'a' && c <= 'z' && c != 'x') {
        m = appendLatin(out, m, c - 'a');
      } else {
        String letters = latinLetters(c);
        for (int k = 0; k < letters.length(); k++) {
          m = appendLatin(out, m, letters.charAt(k) - 'a');
        }
      }
    }
    return m;
  }

  private static int appendLatin(int[] out, int m, int code) {
    if ((m > 0 && out[m - 1] == code) || m == out.length) {
      return m; // a doubled letter counts once
    }
    out[m] = code;
    return m + 1;
  }

  private static String latinLetters(char c) {
    if (c < LATIN_TABLE_END) {
      return LATIN[c];
    }
    if (c >= LATIN_EXTENDED_ADDITIONAL && c < LATIN_EXTENDED_ADDITIONAL + 0x100) {
      return LATIN[LATIN_TABLE_END + c - LATIN_EXTENDED_ADDITIONAL];
    }
    return "";
  }

  /**
   * The length of a leading Latin article and its separator (al-, el-, ash-, "al "), or 0; only
   * when a letter follows.
   */
  static int latinArticle(String word) {
    if (word.length() < 4 || "aeuAEU".indexOf(word.charAt(0)) < 0) {
      return 0;
    }
    for (String a : LATIN_ARTICLES) {
      int n = a.length();
      if (word.length() > n + 1
          && word.regionMatches(true, 0, a, 0, n)
          && SEPARATORS.indexOf(word.charAt(n)) >= 0
          && Character.isLetter(word.charAt(n + 1))) {
        return n + 1;
      }
    }
    return 0;
  }

  /**
   * Each Latin character's letters, from Unicode's decomposition, for U+0000 to U+024F and U+1E00
   * to U+1EFF.
   */
  private static String[] latinTable() {
    String[] t = new String[LATIN_TABLE_END + 0x100];
    for (int i = 0; i < t.length; i++) {
      char c = (char) (i < LATIN_TABLE_END ? i : LATIN_EXTENDED_ADDITIONAL + i - LATIN_TABLE_END);
      t[i] = foldLatin(c);
    }
    return t;
  }

  private static String foldLatin(char c) {
    String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
    String spelled =
        switch (lower) {
          case "ß" -> "ss";
          case "æ" -> "ae";
          case "œ" -> "oe";
          case "ø" -> "o";
          case "ł", "ƚ" -> "l";
          case "đ", "ð" -> "d";
          case "þ" -> "th";
          case "ı" -> "i";
          case "ŋ" -> "ng";
          case "ħ" -> "h";
          default -> Normalizer.normalize(lower, Normalizer.Form.NFD);
        };
    StringBuilder sb = new StringBuilder(2);
    for (int k = 0; k < spelled.length(); k++) {
      char d = spelled.charAt(k);
      if (d == 'x') {
        sb.append("ks"); // Arabic writes x as كس (Alexander, ألكسندر)
      } else if (d >= 'a' && d <= 'z') {
        sb.append(d);
      }
    }
    return sb.toString();
  }

  /**
   * Each character of the Arabic block as a normalised letter's code (0 for marks and non-letters).
   */
  private static byte[] arabicTable() {
    byte[] t = new byte[0x100];
    for (int i = 0; i < t.length; i++) {
      String letter = normalizedArabic(String.valueOf((char) (0x0600 + i)));
      t[i] = (byte) (letter.isEmpty() ? 0 : code(letter.charAt(0)));
    }
    return t;
  }

  private static String normalizedArabic(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      int variant = VARIANTS.indexOf(c);
      char letter = variant >= 0 ? VARIANTS_AS.charAt(variant) : c;
      if (ARABIC_LETTERS.indexOf(letter) >= 0) {
        sb.append(letter);
      }
    }
    return sb.toString();
  }
}

package org.qarin.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * The view of a document that qarin's rules and models read, with a map back to the original.
 *
 * <p>The analysis text is NFC, has Arabic presentation forms folded to their base letters, has
 * tatweel, bidi controls, zero-width and soft-hyphen characters removed, turns CR and CRLF into LF,
 * exotic spaces into a plain space and private-use characters into U+FFFD. Every analysis character
 * remembers the original range it came from, so sentence boundaries found here map back to offsets
 * into the text as the user gave it.
 */
public final class AnalysisText {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** The most combining marks one chunk takes: the Stream-Safe Text Format's 30. */
  private static final int MAX_MARKS = 30;

  private final String original;
  private final String text;
  private final int[] from;

  private AnalysisText(String original, String text, int[] from) {
    this.original = original;
    this.text = text;
    this.from = from;
  }

  /** Builds the analysis view of {@code original}. */
  public static AnalysisText of(String original) {
    Builder b = new Builder(original.length());
    int i = 0;
    while (i < original.length()) {
      int j = nextChunkEnd(original, i);
      char c = original.charAt(i);
      if (j == i + 1 && isPlain(c)) {
        b.append(c, i); // the common case, without the cost of a string per character
      } else {
        b.append(fold(original.substring(i, j)), i);
      }
      i = j;
    }
    return new AnalysisText(original, b.text.toString(), b.offsets(original.length()));
  }

  /** The analysis text. */
  public String text() {
    return text;
  }

  /** The text the analysis view was built from. */
  public String original() {
    return original;
  }

  /**
   * The original offset where analysis position {@code p} starts; {@code p == text().length()} maps
   * to the original length.
   */
  public int toOriginal(int p) {
    return from[p];
  }

  /**
   * The end of a chunk that NFC may compose: a single code point, CRLF, or a base with its
   * combining marks, at most {@link #MAX_MARKS} of them. Normalising reorders marks by insertion,
   * so an unbounded run (thousands of alternating marks, as "Zalgo" text has) would take quadratic
   * time; like Unicode's Stream-Safe Text Format (UAX #15), a longer run is cut into chunks.
   */
  private static int nextChunkEnd(String s, int i) {
    if (s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
      return i + 2;
    }
    int j = i + Character.charCount(s.codePointAt(i));
    int marks = 0;
    // plain characters never combine with what precedes them: no need to ask ICU
    while (j < s.length()
        && !isPlain(s.charAt(j))
        && !NFC.hasBoundaryBefore(s.codePointAt(j))
        && marks++ < MAX_MARKS) {
      j += Character.charCount(s.codePointAt(j));
    }
    return j;
  }

  /**
   * Characters that stand for themselves when alone in their chunk: ASCII, the Arabic letters
   * (tatweel U+0640 excepted), Arabic comma, semicolon, question mark and digits. A letter that NFC
   * would compose with a following hamza or mark is never alone in its chunk.
   */
  private static boolean isPlain(char c) {
    return c == ' '
        || c == '\n'
        || (c > ' ' && c < 0x7F)
        || (c >= 0x0621 && c <= 0x064A && c != 0x0640)
        || c == 0x060C
        || c == 0x061B
        || c == 0x061F
        || (c >= 0x0660 && c <= 0x0669);
  }

  private static String fold(String chunk) {
    if (chunk.equals("\r\n") || chunk.equals("\r") || chunk.equals("\u2028")) {
      return "\n";
    }
    if (chunk.equals("\u2029")) {
      return "\n\n";
    }
    StringBuilder sb = new StringBuilder(chunk.length());
    chunk.codePoints().forEach(c -> appendFolded(sb, c));
    return NFC.normalize(sb);
  }

  private static void appendFolded(StringBuilder sb, int c) {
    if (Chars.isIgnorable(c)) {
      return;
    }
    if (Chars.isArabicPresentationForm(c)) {
      sb.append(NFKC.normalize(new String(Character.toChars(c))));
    } else if (Chars.isPrivateUse(c)) {
      sb.append('\uFFFD');
    } else if (c != '\n' && c != '\t' && Chars.isSpace(c)) {
      sb.append(' ');
    } else {
      sb.appendCodePoint(c);
    }
  }

  /** Collects analysis characters and the original start of the chunk each came from. */
  private static final class Builder {
    final StringBuilder text;
    int[] from;

    Builder(int capacity) {
      text = new StringBuilder(capacity);
      from = new int[capacity + 1];
    }

    void append(String folded, int originalStart) {
      for (int k = 0; k < folded.length(); k++) {
        append(folded.charAt(k), originalStart);
      }
    }

    void append(char c, int originalStart) {
      if (text.length() + 1 >= from.length) {
        from = Arrays.copyOf(from, from.length * 2 + 2);
      }
      from[text.length()] = originalStart;
      text.append(c);
    }

    int[] offsets(int originalLength) {
      // most views are as long as their original: keeping the array saves 4 bytes a character
      int[] result =
          from.length == text.length() + 1 ? from : Arrays.copyOf(from, text.length() + 1);
      result[text.length()] = originalLength;
      return result;
    }
  }
}

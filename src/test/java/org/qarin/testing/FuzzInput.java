package org.qarin.testing;

import java.util.List;

/**
 * Turns a fuzzer's bytes into the strings a fuzz test needs. Seeds stay plain UTF-8 files that a
 * person can read and write, yet every Java string is reachable: the bytes are read as UTF-8 that
 * also accepts encoded surrogates (so lone ones come through), and a byte that starts no valid
 * sequence stands for the Latin-1 character of its value.
 */
public final class FuzzInput {
  /** Separates the strings of one input: ASCII RS, which no seed needs inside a text. */
  public static final char SEPARATOR = '\u001E';

  private FuzzInput() {}

  /** The whole input as one string. */
  public static String text(byte[] data) {
    StringBuilder sb = new StringBuilder(data.length);
    int i = 0;
    while (i < data.length) {
      int length = sequenceLength(data, i);
      if (length == 0) {
        sb.append((char) (data[i] & 0xFF));
        i++;
      } else {
        sb.appendCodePoint(codePoint(data, i, length));
        i += length;
      }
    }
    return sb.toString();
  }

  /** The input cut at {@link #SEPARATOR}: always at least one (possibly empty) string. */
  public static List<String> fields(byte[] data) {
    return List.of(text(data).split(String.valueOf(SEPARATOR), -1));
  }

  /** The length of the UTF-8 sequence at {@code i}, or 0 if none starts there. */
  private static int sequenceLength(byte[] data, int i) {
    int b = data[i] & 0xFF;
    int length =
        b < 0x80
            ? 1
            : b >= 0xC2 && b <= 0xDF
                ? 2
                : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > data.length) {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      if ((data[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    int cp = codePoint(data, i, length);
    boolean overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    return overlong || cp > Character.MAX_CODE_POINT ? 0 : length;
  }

  private static int codePoint(byte[] data, int i, int length) {
    if (length == 1) {
      return data[i];
    }
    int cp = data[i] & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (data[i + k] & 0x3F);
    }
    return cp;
  }
}

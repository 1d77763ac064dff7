package org.qarin.read;

import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;

/** Recognises inputs that are not text, so they get a clear error instead of garbage sentences. */
final class Binary {
  private static final double MAX_CONTROL_SHARE = 0.01;

  private Binary() {}

  /** Refuses well-known binary formats by their magic numbers. */
  static void check(String name, byte[] b) {
    String kind = magic(b);
    if (kind != null) {
      throw binary(name, "is " + kind + ", not text");
    }
  }

  /** Refuses NUL bytes, which text in a BOM-less 8-bit or UTF-8 encoding never has. */
  static void checkNul(String name, byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        throw binary(name, "is binary (it contains NUL bytes), not text");
      }
    }
  }

  /** Decoded text with more than a trace of control characters is binary data in disguise. */
  static boolean looksLikeText(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control <= MAX_CONTROL_SHARE * text.length();
  }

  static InputException binary(String name, String detail) {
    return new InputException(
        name,
        Problem.BINARY,
        detail,
        "give qarin a .txt, .html or .md file (save PDFs and Word files as text first)");
  }

  private static String magic(byte[] b) {
    if (Decoder.Bom.starts(b, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (Decoder.Bom.starts(b, 'P', 'K', 3, 4) || Decoder.Bom.starts(b, 'P', 'K', 5, 6)) {
      return "a zip archive (or a Word/OpenDocument file)";
    }
    if (Decoder.Bom.starts(b, 0x89, 'P', 'N', 'G')
        || Decoder.Bom.starts(b, 0xFF, 0xD8, 0xFF)
        || Decoder.Bom.starts(b, 'G', 'I', 'F', '8')) {
      return "an image";
    }
    if (Decoder.Bom.starts(b, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    if (Decoder.Bom.starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "an old Microsoft Office document";
    }
    if (Decoder.Bom.starts(b, 0x7F, 'E', 'L', 'F')) {
      return "an executable";
    }
    return null;
  }
}

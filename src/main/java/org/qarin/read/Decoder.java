package org.qarin.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;

/**
 * Turns bytes into text: a BOM decides, else strict UTF-8, else ICU4J's detector restricted to the
 * legacy encodings Arabic and English text really come in. Binary data is refused before decoding.
 */
final class Decoder {
  /** Encodings the detector may propose; anything else is more likely binary noise. */
  private static final Set<String> DETECTABLE =
      Set.of("windows-1256", "ISO-8859-6", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE");

  private static final int MIN_CONFIDENCE = 30;

  private Decoder() {}

  static String decode(String name, byte[] bytes, Optional<Charset> declared) {
    Binary.check(name, bytes);
    String text = decodeText(name, bytes, declared);
    if (!Binary.looksLikeText(text)) {
      throw Binary.binary(name, "is binary (it is mostly control characters), not text");
    }
    return text;
  }

  private static String decodeText(String name, byte[] bytes, Optional<Charset> declared) {
    if (declared.isPresent()) {
      return strict(bytes, declared.get())
          .orElseThrow(() -> undecodable(name, "is not valid " + declared.get().name()));
    }
    Optional<Charset> bom = Bom.charset(bytes);
    if (bom.isPresent()) {
      return strict(bytes, bom.get())
          .map(Decoder::withoutBom)
          .orElseThrow(() -> undecodable(name, "has a " + bom.get().name() + " BOM but is not"));
    }
    Binary.checkNul(name, bytes);
    return strict(bytes, StandardCharsets.UTF_8).orElseGet(() -> detect(name, bytes));
  }

  private static String detect(String name, byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() >= MIN_CONFIDENCE && DETECTABLE.contains(match.getName())) {
        Optional<String> text = strict(bytes, Charset.forName(match.getName()));
        if (text.isPresent() && Binary.looksLikeText(text.get())) {
          return text.get();
        }
      }
    }
    throw undecodable(name, "is not valid UTF-8 and its encoding could not be detected");
  }

  private static InputException undecodable(String name, String detail) {
    return new InputException(
        name,
        Problem.UNDECODABLE,
        detail,
        "save it as UTF-8 or give its encoding with --encoding (e.g. windows-1256)");
  }

  static Optional<String> strict(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Byte-order marks of the Unicode encodings. */
  static final class Bom {
    private Bom() {}

    static Optional<Charset> charset(byte[] b) {
      if (starts(b, 0xEF, 0xBB, 0xBF)) {
        return Optional.of(StandardCharsets.UTF_8);
      }
      if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
        return Optional.of(Charset.forName("UTF-32LE"));
      }
      if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
        return Optional.of(Charset.forName("UTF-32BE"));
      }
      if (starts(b, 0xFF, 0xFE)) {
        return Optional.of(StandardCharsets.UTF_16LE);
      }
      if (starts(b, 0xFE, 0xFF)) {
        return Optional.of(StandardCharsets.UTF_16BE);
      }
      return Optional.empty();
    }

    static boolean starts(byte[] b, int... prefix) {
      if (b.length < prefix.length) {
        return false;
      }
      for (int k = 0; k < prefix.length; k++) {
        if ((b[k] & 0xFF) != prefix[k]) {
          return false;
        }
      }
      return true;
    }
  }
}

package org.qarin.read;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read inputs.
 *
 * @param encoding the encoding of plain-text inputs, when detection should not decide
 * @param format the format, when the file name should not decide
 * @param maxBytes inputs larger than this are refused before they are read
 */
public record ReadOptions(Optional<Charset> encoding, Optional<Format> format, long maxBytes) {
  /** 64 MiB: far beyond any article, within what the default heap aligns comfortably. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  public ReadOptions {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(format, "format");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(Optional.empty(), Optional.empty(), DEFAULT_MAX_BYTES);
  }

  public ReadOptions withEncoding(Charset charset) {
    return new ReadOptions(Optional.of(charset), format, maxBytes);
  }

  public ReadOptions withFormat(Format f) {
    return new ReadOptions(encoding, Optional.of(f), maxBytes);
  }

  public ReadOptions withMaxBytes(long max) {
    return new ReadOptions(encoding, format, max);
  }
}

package org.qarin.model;

import java.util.Objects;

/** An output qarin cannot write: a missing or read-only directory, a full disk. */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String output;

  public OutputException(String output, String detail, Throwable cause) {
    super(output + ": " + detail, cause);
    this.output = Objects.requireNonNull(output, "output");
  }

  /** The output's name as the user gave it. */
  public String output() {
    return output;
  }
}

package org.qarin.model;

import java.util.Objects;

/**
 * An input qarin cannot use: missing, unreadable, empty, binary, undecodable, in an unsupported
 * language. The message names the input and says what to do, for one line of output.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the input. */
  public enum Problem {
    /** No such file. */
    MISSING,
    /** A directory or other non-regular file. */
    NOT_A_FILE,
    /** No permission, or an I/O error while reading. */
    UNREADABLE,
    /** Empty or white space only. */
    EMPTY,
    /** Not text at all: NUL bytes, an image, a PDF, an archive. */
    BINARY,
    /** Text in an encoding qarin cannot decode or detect. */
    UNDECODABLE,
    /** Neither Arabic nor English, or both inputs in the same language. */
    LANGUAGE,
    /** Larger than the configured limit. */
    TOO_LARGE,
    /** Readable, but not in the form the command expects (a bad rules or manifest file). */
    INVALID;

    /** True when the input could not be read at all, rather than read and found unusable. */
    public boolean unreadable() {
      return this == MISSING || this == NOT_A_FILE || this == UNREADABLE;
    }
  }

  private final String input;
  private final Problem problem;
  private final String hint;

  public InputException(String input, Problem problem, String detail, String hint) {
    super(input + ": " + detail + (hint.isEmpty() ? "" : "; " + hint));
    this.input = Objects.requireNonNull(input, "input");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.hint = hint;
  }

  /** The input's name as the user gave it. */
  public String input() {
    return input;
  }

  public Problem problem() {
    return problem;
  }

  public String hint() {
    return hint;
  }
}

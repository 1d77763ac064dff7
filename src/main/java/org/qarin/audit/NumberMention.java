package org.qarin.audit;

/**
 * A number in one side of a link.
 *
 * @param start offset in the document text
 * @param end offset in the document text (a following magnitude word or % included)
 * @param value the canonical value ({@code 3500000} for "3.5 million", {@code 12:15} for a time)
 * @param digits written in digits; number words only ever confirm a number, never raise one
 * @param position where the number stands along its side, from 0 to 1
 * @param alternative the value read another way, or null: 42.000 is 42 or, written the German way,
 *     42000
 * @param code digits inside a word (ACE2): specific enough to confirm a number anywhere in the
 *     sentence, where a number word (two) only confirms one nearby
 * @param mantissa the number before its magnitude word (12 of "12 trillion"), or null
 * @param unit a number without magnitude word followed by a unit that may hold one (12 teragrams, 5
 *     km)
 * @param conversion the number before it converted to another unit (the 3,230 of "5,200 km (3,230
 *     mi)")
 */
record NumberMention(
    int start,
    int end,
    String value,
    boolean digits,
    double position,
    String alternative,
    boolean code,
    String mantissa,
    boolean unit,
    boolean conversion) {

  /** A number in digits. */
  static NumberMention digits(int start, int end, String value, double position) {
    return new NumberMention(start, end, value, true, position, null, false, null, false, false);
  }

  /** A number word, which only confirms a number nearby. */
  static NumberMention word(int start, int end, String value, double position) {
    return new NumberMention(start, end, value, false, position, null, false, null, false, false);
  }

  /** Digits inside a word, which confirm a number anywhere in the sentence. */
  static NumberMention code(int start, int end, String value) {
    return new NumberMention(start, end, value, false, 0, null, true, null, false, false);
  }

  NumberMention withAlternative(String a) {
    return new NumberMention(
        start, end, value, digits, position, a, code, mantissa, unit, conversion);
  }

  NumberMention withMantissa(String m) {
    return new NumberMention(
        start, end, value, digits, position, alternative, code, m, unit, conversion);
  }

  NumberMention withUnit(boolean u) {
    return new NumberMention(
        start, end, value, digits, position, alternative, code, mantissa, u, conversion);
  }

  NumberMention withConversion(boolean c) {
    return new NumberMention(
        start, end, value, digits, position, alternative, code, mantissa, unit, c);
  }

  /** Whether two mentions can be the same number. */
  boolean sameValue(NumberMention o) {
    return value.equals(o.value)
        || value.equals(o.alternative)
        || (alternative != null && alternative.equals(o.value))
        || scaledUnit(o)
        || o.scaledUnit(this);
  }

  /**
   * 12 trillion against 12 teragrams, 5 آلاف متر against 5 km: a translation may move the scale
   * into the unit, so a magnitude word's mantissa matches a bare number before a unit.
   */
  private boolean scaledUnit(NumberMention o) {
    return mantissa != null && o.unit && mantissa.equals(o.value);
  }
}

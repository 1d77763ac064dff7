package org.qarin.audit;

/**
 * A number in one side of a link.
 *
 * @param start offset in the document text
 * @param end offset in the document text (a following magnitude word or % included)
 * @param value the canonical value ({@code 3500000} for "3.5 million", {@code 12:15} for a time)
 * @param digits written in digits; number words only ever confirm a number, never raise one
 * @param position where the number stands along its side, from 0 to 1
 */
record NumberMention(int start, int end, String value, boolean digits, double position) {}

package org.qarin.lexicon;

/**
 * A word or number of a sentence, with its offsets in the text it was cut from.
 *
 * @param text the token as written
 * @param number true for a number (digits of any script, with decimal and thousands marks)
 */
public record Token(String text, int start, int end, boolean number) {}

package org.qarin.audit;

/**
 * A content word or number of a sentence, as the audit compares it across languages.
 *
 * @param sentence the sentence's index in its document
 * @param start offset in the document text
 * @param end offset in the document text
 * @param arabic whether the word is in Arabic script (either document may hold words of both)
 * @param key the lexicon key (null for a number)
 * @param skeleton the consonant skeleton for matching names across scripts, or null
 * @param number the value of a number or number word ({@code 1200}, {@code 3}), or null
 * @param capitalised a Latin word written with a capital
 * @param initial the first word of its sentence or of a quotation, where capitals say nothing
 */
record Word(
    int sentence,
    int start,
    int end,
    String text,
    boolean arabic,
    String key,
    String skeleton,
    String number,
    boolean capitalised,
    boolean initial) {

  /** A number written in digits (not a number word). */
  boolean digits() {
    return key == null;
  }
}

package org.qarin.audit;

/**
 * A date or a day of the week as written in a sentence. Fields not written are 0. Offsets are into
 * the sentence's text.
 *
 * @param ambiguousOrder a numeric date whose day and month could be either way round (03/04/2025)
 */
record DateMention(
    int start, int end, int day, int month, int year, int weekday, boolean ambiguousOrder) {

  /** The same mention with offsets moved by {@code by} (sentence to document offsets). */
  DateMention shifted(int by) {
    return new DateMention(start + by, end + by, day, month, year, weekday, ambiguousOrder);
  }

  boolean isWeekday() {
    return weekday != 0;
  }

  /** True when every field both mentions give is the same: the two can be the same date. */
  boolean agrees(DateMention o) {
    if (isWeekday() || o.isWeekday()) {
      return weekday == o.weekday;
    }
    return fieldsAgree(day, month, o)
        || (ambiguousOrder && fieldsAgree(month, day, o))
        || (o.ambiguousOrder && o.swapped().agrees(this));
  }

  private boolean fieldsAgree(int d, int m, DateMention o) {
    return same(d, o.day) && same(m, o.month) && same(year, o.year);
  }

  private DateMention swapped() {
    return new DateMention(start, end, month, day, year, weekday, false);
  }

  private static boolean same(int a, int b) {
    return a == 0 || b == 0 || a == b;
  }
}

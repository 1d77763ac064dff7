package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Span;

/**
 * Compares the dates and weekdays of the two sides of a link: mentions that can be the same date
 * pair up first; the rest pair in order, and each such pair is a changed date. Dates on one side
 * only are left to the number check (a missing "30" or "2024" is reported there).
 */
final class DateCheck {
  private final List<Finding> findings = new ArrayList<>();
  private final List<Span> pairedSource = new ArrayList<>();
  private final List<Span> pairedTarget = new ArrayList<>();
  private final List<Span> agreedSource = new ArrayList<>();
  private final List<Span> agreedTarget = new ArrayList<>();

  /** Checks the dates of a link's two sides. */
  static DateCheck of(Side source, Side target) {
    DateCheck c = new DateCheck();
    List<DateMention> s = mentions(source);
    List<DateMention> t = mentions(target);
    c.pair(source, target, only(s, true), only(t, true));
    c.pair(source, target, only(s, false), only(t, false));
    return c;
  }

  /** date-changed findings. */
  List<Finding> findings() {
    return findings;
  }

  /** Source spans of dates paired with a target date, equal or not: their digits are no numbers. */
  List<Span> pairedSource() {
    return pairedSource;
  }

  List<Span> pairedTarget() {
    return pairedTarget;
  }

  /** Source spans of dates the target gives too: their words count as rendered. */
  List<Span> agreedSource() {
    return agreedSource;
  }

  List<Span> agreedTarget() {
    return agreedTarget;
  }

  private void pair(Side source, Side target, List<DateMention> s, List<DateMention> t) {
    boolean[] sUsed = new boolean[s.size()];
    boolean[] tUsed = new boolean[t.size()];
    for (int i = 0; i < s.size(); i++) {
      for (int j = 0; j < t.size() && !sUsed[i]; j++) {
        if (!tUsed[j] && s.get(i).agrees(t.get(j))) {
          sUsed[i] = tUsed[j] = true;
          record(s.get(i), t.get(j), true);
        }
      }
    }
    List<DateMention> sLeft = unused(s, sUsed);
    List<DateMention> tLeft = unused(t, tUsed);
    for (int k = 0; k < Math.min(sLeft.size(), tLeft.size()); k++) {
      DateMention a = sLeft.get(k);
      DateMention b = tLeft.get(k);
      record(a, b, false);
      findings.add(changed(source, target, a, b));
    }
  }

  private void record(DateMention s, DateMention t, boolean agreed) {
    Span a = new Span(s.start(), s.end());
    Span b = new Span(t.start(), t.end());
    pairedSource.add(a);
    pairedTarget.add(b);
    if (agreed) {
      agreedSource.add(a);
      agreedTarget.add(b);
    }
  }

  private static Finding changed(Side source, Side target, DateMention a, DateMention b) {
    return PairFindings.changed(
        FindingKind.DATE_CHANGED,
        source,
        target,
        new Span(a.start(), a.end()),
        new Span(b.start(), b.end()),
        a.isWeekday() ? "Day " : "Date ");
  }

  private static List<DateMention> mentions(Side side) {
    List<DateMention> out = new ArrayList<>();
    for (int k = 0; k < side.sentences().size(); k++) {
      out.addAll(side.dates(k));
    }
    return out;
  }

  private static List<DateMention> only(List<DateMention> all, boolean weekdays) {
    return all.stream().filter(d -> d.isWeekday() == weekdays).toList();
  }

  private static List<DateMention> unused(List<DateMention> all, boolean[] used) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!used[i]) {
        out.add(all.get(i));
      }
    }
    return out;
  }
}

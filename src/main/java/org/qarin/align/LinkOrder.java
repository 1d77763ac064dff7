package org.qarin.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/**
 * Puts links in the contract's order: by first source index, each target-only link right after the
 * link that holds the target sentence before it. Also decides which two-sided links are out of
 * order ({@code moved}) with respect to their neighbours.
 */
final class LinkOrder {
  private LinkOrder() {}

  /** The links with added links for uncovered targets, marked and ordered. */
  static List<Link> arrange(List<Link> links, int targetCount) {
    List<Link> sourced = new ArrayList<>();
    boolean[] covered = new boolean[targetCount];
    for (Link l : links) {
      if (!l.source().isEmpty()) {
        sourced.add(l);
        l.target().forEach(j -> covered[j] = true);
      }
    }
    sourced.sort(Comparator.comparingInt(l -> l.source().get(0)));
    sourced = markMoved(sourced);
    Map<Integer, Integer> linkOfTarget = new HashMap<>();
    for (int k = 0; k < sourced.size(); k++) {
      for (int j : sourced.get(k).target()) {
        linkOfTarget.put(j, k);
      }
    }
    List<List<Link>> after = new ArrayList<>();
    for (int k = 0; k <= sourced.size(); k++) {
      after.add(new ArrayList<>());
    }
    int anchor = 0; // slot 0 is before the first link; slot k + 1 is after link k
    for (int j = 0; j < targetCount; j++) {
      if (covered[j]) {
        anchor = linkOfTarget.get(j) + 1;
      } else {
        after.get(anchor).add(new Link(List.of(), List.of(j), LinkKind.ADDED, scoreOf(links, j)));
      }
    }
    List<Link> out = new ArrayList<>(after.get(0));
    for (int k = 0; k < sourced.size(); k++) {
      out.add(sourced.get(k));
      out.addAll(after.get(k + 1));
    }
    return out;
  }

  private static double scoreOf(List<Link> links, int target) {
    for (Link l : links) {
      if (l.source().isEmpty() && l.target().contains(target)) {
        return l.score();
      }
    }
    return 1.0;
  }

  /**
   * Links the monotone search produced are in order. A link found later (kind moved) stays moved
   * only when its targets do not fit between those of its in-order neighbours; otherwise it simply
   * fills a gap and is aligned. Links are in source order.
   */
  private static List<Link> markMoved(List<Link> sourced) {
    int n = sourced.size();
    int[] next = new int[n + 1]; // first target of the nearest in-order link after k
    next[n] = Integer.MAX_VALUE;
    for (int k = n - 1; k >= 0; k--) {
      Link l = sourced.get(k);
      next[k] = l.kind() == LinkKind.ALIGNED ? l.target().get(0) : next[k + 1];
    }
    List<Link> out = new ArrayList<>(sourced);
    int last = -1; // last target of the in-order links so far, including moved ones that fit
    for (int k = 0; k < n; k++) {
      Link l = sourced.get(k);
      if (l.kind() == LinkKind.ALIGNED) {
        last = l.target().get(l.target().size() - 1);
      } else if (l.kind() == LinkKind.MOVED) {
        boolean fits =
            l.target().get(0) > last && l.target().get(l.target().size() - 1) < next[k + 1];
        if (fits) {
          out.set(k, new Link(l.source(), l.target(), LinkKind.ALIGNED, l.score()));
          last = l.target().get(l.target().size() - 1);
        }
      }
    }
    return out;
  }
}

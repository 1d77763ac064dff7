package org.qarin.align;

import java.util.ArrayList;
import java.util.List;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/**
 * Takes apart what the search joined without evidence. In a document pair whose translations share
 * many words (news, most non-fiction), a 1-1 link with almost no shared words, or a sentence at the
 * edge of an n-1 or 1-n link that the other side hardly renders, is more likely an omission or an
 * addition the search absorbed into its neighbours. Freely translated pairs (literature), whose
 * true links share few words, are left alone.
 */
final class WeakLinks {
  /** Below this typical similarity, absence of shared words says little: nothing is pruned. */
  private static final double LEXICAL_DOCUMENT = 0.35;

  /** A member or 1-1 pair is weak below this share of the document's typical similarity. */
  private static final double WEAK_SHARE = 0.3;

  /** What remains of a link after trimming must keep this share of the typical similarity. */
  private static final double STRONG_SHARE = 0.6;

  /** A 1-1 pair sharing (almost) no words is taken apart whatever its lengths. */
  private static final double UNRELATED_SHARE = 0.05;

  /** A weak 1-1 pair is taken apart only when its lengths fit badly too (P(length) below e^-1). */
  private static final double BAD_LENGTH = 1.0;

  private WeakLinks() {}

  static List<Link> prune(List<Link> links, Evidence evidence) {
    List<Double> sims = new ArrayList<>();
    for (Link l : links) {
      if (l.source().size() == 1 && l.target().size() == 1) {
        sims.add(evidence.similarity(l.source(), l.target()));
      }
    }
    if (sims.size() < 5) {
      return links;
    }
    double typical =
        sims.stream().mapToDouble(Double::doubleValue).sorted().toArray()[sims.size() / 2];
    if (typical < LEXICAL_DOCUMENT) {
      return links;
    }
    List<Link> out = new ArrayList<>(links.size());
    int k = 0;
    for (Link l : links) {
      if (l.source().size() == 1 && l.target().size() == 1) {
        double sim = sims.get(k++);
        boolean weak =
            sim < UNRELATED_SHARE * typical
                || sim < WEAK_SHARE * typical
                    && evidence.lengthCost(l.source(), l.target()) > BAD_LENGTH;
        out.addAll(weak ? split(l) : List.of(l));
      } else if (!l.oneSided()) {
        out.addAll(trimEdges(l, evidence, typical));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /** A 1-n or n-1 link without edge members the other side does not render. */
  private static List<Link> trimEdges(Link l, Evidence evidence, double typical) {
    List<Integer> s = new ArrayList<>(l.source());
    List<Integer> t = new ArrayList<>(l.target());
    List<Link> before = new ArrayList<>();
    List<Link> after = new ArrayList<>();
    boolean sourceSide = s.size() > 1;
    List<Integer> many = sourceSide ? s : t;
    while (many.size() > 1
        && weakMember(
            many.get(0), many.subList(1, many.size()), sourceSide, s, t, evidence, typical)) {
      before.add(oneSided(many.remove(0), sourceSide));
    }
    while (many.size() > 1
        && weakMember(
            many.get(many.size() - 1),
            many.subList(0, many.size() - 1),
            sourceSide,
            s,
            t,
            evidence,
            typical)) {
      after.add(0, oneSided(many.remove(many.size() - 1), sourceSide));
    }
    if (before.isEmpty() && after.isEmpty()) {
      return List.of(l);
    }
    List<Link> out = new ArrayList<>(before);
    out.add(Link.aligned(s, t, l.score()));
    out.addAll(after);
    return out;
  }

  private static boolean weakMember(
      int member,
      List<Integer> rest,
      boolean sourceSide,
      List<Integer> s,
      List<Integer> t,
      Evidence evidence,
      double typical) {
    double alone =
        sourceSide
            ? evidence.similarity(List.of(member), t)
            : evidence.similarity(s, List.of(member));
    double others = sourceSide ? evidence.similarity(rest, t) : evidence.similarity(s, rest);
    if (!(alone < WEAK_SHARE * typical && others >= STRONG_SHARE * typical)) {
      return false;
    }
    // lengths must fit better without the member: list items that split a sentence do not
    double with = evidence.lengthCost(s, t);
    double without = sourceSide ? evidence.lengthCost(rest, t) : evidence.lengthCost(s, rest);
    return without < with;
  }

  private static Link oneSided(int index, boolean source) {
    return source
        ? new Link(List.of(index), List.of(), LinkKind.DROPPED, 1.0)
        : new Link(List.of(), List.of(index), LinkKind.ADDED, 1.0);
  }

  private static List<Link> split(Link l) {
    return List.of(
        new Link(l.source(), List.of(), LinkKind.DROPPED, 1.0),
        new Link(List.of(), l.target(), LinkKind.ADDED, 1.0));
  }
}

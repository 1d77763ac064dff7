package org.qarin.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.qarin.model.Alignment;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/**
 * What every alignment promises (the contract's link file rules): each sentence of both documents
 * in exactly one link, no empty link, kinds that match the sides, scores in [0, 1], and the
 * contract's order: links by first source index, each target-only link after the link holding the
 * target sentence before it, and the aligned (not moved) links monotone on the target side.
 */
public final class AlignmentInvariants {
  private AlignmentInvariants() {}

  /** Fails with a description of the first broken promise. */
  public static void check(Alignment a) {
    List<Link> links = a.links();
    String context = LinkFile.format(links);
    assertEachSentenceOnce(links, a.source().size(), true, context);
    assertEachSentenceOnce(links, a.target().size(), false, context);
    for (Link l : links) {
      assertThat(l.source().isEmpty() && l.target().isEmpty()).as(context).isFalse();
      assertThat(l.score()).as(context).isBetween(0.0, 1.0);
      assertThat(l.kind()).as(context).isEqualTo(expectedKind(l));
      assertAscending(l.source(), context);
      assertAscending(l.target(), context);
    }
    assertSourceOrder(links, context);
    assertAddedPlacement(links, context);
    assertAlignedMonotone(links, context);
  }

  private static LinkKind expectedKind(Link l) {
    if (l.target().isEmpty()) {
      return LinkKind.DROPPED;
    }
    if (l.source().isEmpty()) {
      return LinkKind.ADDED;
    }
    return l.kind() == LinkKind.MOVED ? LinkKind.MOVED : LinkKind.ALIGNED;
  }

  private static void assertEachSentenceOnce(
      List<Link> links, int count, boolean source, String context) {
    List<Integer> seen = new ArrayList<>();
    for (Link l : links) {
      seen.addAll(source ? l.source() : l.target());
    }
    assertThat(seen).as(context).hasSize(count);
    assertThat(new HashSet<>(seen)).as(context).hasSize(count);
    assertThat(seen).as(context).allMatch(i -> i >= 0 && i < count);
  }

  private static void assertAscending(List<Integer> side, String context) {
    for (int k = 1; k < side.size(); k++) {
      assertThat(side.get(k)).as(context).isGreaterThan(side.get(k - 1));
    }
  }

  private static void assertSourceOrder(List<Link> links, String context) {
    int previous = -1;
    for (Link l : links) {
      if (!l.source().isEmpty()) {
        assertThat(l.source().get(0)).as(context).isGreaterThan(previous);
        previous = l.source().get(0);
      }
    }
  }

  /**
   * A target-only link for target j follows the link that holds j - 1: the nearest link before it
   * that has target sentences holds j - 1 (links in between hold source sentences only); for j = 0
   * no link before it has target sentences.
   */
  private static void assertAddedPlacement(List<Link> links, String context) {
    List<Integer> previousTargets = List.of();
    for (Link l : links) {
      if (l.source().isEmpty()) {
        int j = l.target().get(0);
        assertThat(j == 0 ? previousTargets.isEmpty() : previousTargets.contains(j - 1))
            .as("added [%d] is not after the link of target %d in%n%s", j, j - 1, context)
            .isTrue();
      }
      if (!l.target().isEmpty()) {
        previousTargets = l.target();
      }
    }
  }

  private static void assertAlignedMonotone(List<Link> links, String context) {
    int lastTarget = -1;
    for (Link l : links) {
      if (l.kind() == LinkKind.ALIGNED) {
        assertThat(l.target().get(0)).as(context).isGreaterThan(lastTarget);
        lastTarget = l.target().get(l.target().size() - 1);
      }
    }
  }
}

package org.qarin.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Severity;

/**
 * What the links themselves show: dropped and added sentences, moved content, n-1 merges and 1-n
 * splits, and page furniture, which replaces dropped or added for the sentences that are furniture
 * so that reviewers see real omissions first (the link itself stays dropped or added).
 */
final class StructureCheck {
  private final Alignment alignment;
  private final Furniture[] sourceFurniture;
  private final Furniture[] targetFurniture;

  StructureCheck(Alignment alignment, Furniture[] sourceFurniture, Furniture[] targetFurniture) {
    this.alignment = alignment;
    this.sourceFurniture = sourceFurniture;
    this.targetFurniture = targetFurniture;
  }

  /** The findings of the link at {@code index}. */
  List<Finding> check(int index) {
    Link link = alignment.links().get(index);
    List<Finding> out = new ArrayList<>();
    List<Integer> sourceText = text(link.source(), sourceFurniture);
    List<Integer> targetText = text(link.target(), targetFurniture);
    if (link.kind() == LinkKind.DROPPED && !sourceText.isEmpty()) {
      out.add(dropped(sourceText));
    }
    if (link.kind() == LinkKind.ADDED && !targetText.isEmpty()) {
      out.add(added(targetText));
    }
    if (link.kind() == LinkKind.MOVED) {
      out.add(moved(index, link));
    }
    if (!link.oneSided() && link.source().size() != link.target().size()) {
      out.add(link.source().size() > link.target().size() ? merged(link) : split(link));
    }
    Finding furniture = furniture(link);
    if (furniture != null) {
      out.add(furniture);
    }
    return out;
  }

  private static Finding dropped(List<Integer> source) {
    String verb = source.size() == 1 ? " has" : " have";
    return Finding.of(
        FindingKind.DROPPED,
        Severity.WARNING,
        source,
        List.of(),
        Sentences.subject("source", source) + verb + " no counterpart in the translation");
  }

  private static Finding added(List<Integer> target) {
    String verb = target.size() == 1 ? " has" : " have";
    return Finding.of(
        FindingKind.ADDED,
        Severity.WARNING,
        List.of(),
        target,
        Sentences.subject("translation", target) + verb + " no counterpart in the source");
  }

  private Finding moved(int index, Link link) {
    String where = movedEarlier(index, link) ? "earlier" : "later";
    String message =
        Sentences.subject("source", link.source())
            + " appears "
            + where
            + " in the translation than in the source, as "
            + Sentences.named("translation", link.target());
    return Finding.of(FindingKind.MOVED, Severity.WARNING, link.source(), link.target(), message);
  }

  /**
   * Whether the translation put the content before its place: before the target sentences of the
   * nearest in-order link that precedes it in source order.
   */
  private boolean movedEarlier(int index, Link link) {
    for (int k = index - 1; k >= 0; k--) {
      Link before = alignment.links().get(k);
      if (before.kind() == LinkKind.ALIGNED) {
        return link.target().get(0) < before.target().get(before.target().size() - 1);
      }
    }
    return false;
  }

  private static Finding merged(Link link) {
    String message =
        link.source().size()
            + " source sentences ("
            + Sentences.list(link.source())
            + ") are rendered as "
            + link.target().size()
            + " ("
            + Sentences.named("translation", link.target())
            + ")";
    return Finding.of(FindingKind.MERGED, Severity.INFO, link.source(), link.target(), message);
  }

  private static Finding split(Link link) {
    String from =
        link.source().size() == 1
            ? Sentences.subject("source", link.source()) + " is"
            : link.source().size()
                + " source sentences ("
                + Sentences.list(link.source())
                + ") are";
    String message =
        from
            + " rendered as "
            + link.target().size()
            + " translation sentences ("
            + Sentences.list(link.target())
            + ")";
    return Finding.of(FindingKind.SPLIT, Severity.INFO, link.source(), link.target(), message);
  }

  /** One boilerplate finding naming the link's furniture sentences on both sides, or null. */
  private Finding furniture(Link link) {
    List<Integer> source = furnitureOf(link.source(), sourceFurniture);
    List<Integer> target = furnitureOf(link.target(), targetFurniture);
    if (source.isEmpty() && target.isEmpty()) {
      return null;
    }
    Set<String> kinds = new LinkedHashSet<>();
    source.forEach(i -> kinds.add(sourceFurniture[i].label()));
    target.forEach(i -> kinds.add(targetFurniture[i].label()));
    String what = " page furniture (" + String.join(", ", kinds) + ")";
    String message;
    if (target.isEmpty()) {
      message =
          subject("source", source) + what + (link.target().isEmpty() ? ", not translated" : "");
    } else if (source.isEmpty()) {
      message =
          subject("translation", target)
              + what
              + (link.source().isEmpty() ? " with no source" : "");
    } else {
      message =
          Sentences.subject("source", source)
              + " and "
              + Sentences.named("translation", target)
              + " are"
              + what;
    }
    return Finding.of(FindingKind.BOILERPLATE, Severity.INFO, source, target, message);
  }

  /** "Source sentence 4 is", "Translation sentences 27–28 are". */
  private static String subject(String side, List<Integer> sentences) {
    return Sentences.subject(side, sentences) + (sentences.size() == 1 ? " is" : " are");
  }

  private static List<Integer> furnitureOf(List<Integer> sentences, Furniture[] furniture) {
    return sentences.stream().filter(i -> furniture[i] != null).toList();
  }

  private static List<Integer> text(List<Integer> sentences, Furniture[] furniture) {
    return sentences.stream().filter(i -> furniture[i] == null).toList();
  }
}

package org.qarin.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/**
 * The contract's link format: one link per line, {@code [i, j]:[k]}, 0-based sentence indices,
 * {@code []} for an empty side. Readers accept any spacing; lines that are not links are skipped.
 */
public final class LinkFile {
  private static final Pattern LINK =
      Pattern.compile("^\\s*\\[([0-9,\\s]*)]\\s*:\\s*\\[([0-9,\\s]*)]");

  private LinkFile() {}

  /** One parsed line: the two sides, as written (gold files may overlap or repeat indices). */
  public record Bead(List<Integer> source, List<Integer> target) {
    public Bead {
      source = List.copyOf(source);
      target = List.copyOf(target);
    }
  }

  /** Parses link lines; other lines (blank, comments) are skipped. */
  public static List<Bead> parse(String text) {
    List<Bead> beads = new ArrayList<>();
    for (String line : text.split("\\R")) {
      Matcher m = LINK.matcher(line);
      if (m.find()) {
        beads.add(new Bead(indices(m.group(1)), indices(m.group(2))));
      }
    }
    return beads;
  }

  private static List<Integer> indices(String s) {
    List<Integer> out = new ArrayList<>();
    for (String part : s.replace(',', ' ').trim().split("\\s+")) {
      if (!part.isEmpty()) {
        out.add(Integer.parseInt(part));
      }
    }
    return out;
  }

  /** The links as the contract writes them, one per line. */
  public static String format(List<Link> links) {
    StringBuilder sb = new StringBuilder();
    for (Link l : links) {
      sb.append(l.format()).append('\n');
    }
    return sb.toString();
  }

  /** Turns beads into links: one-sided beads become dropped or added links, score 1. */
  public static List<Link> toLinks(List<Bead> beads) {
    List<Link> links = new ArrayList<>(beads.size());
    for (Bead b : beads) {
      LinkKind kind =
          b.target().isEmpty()
              ? LinkKind.DROPPED
              : b.source().isEmpty() ? LinkKind.ADDED : LinkKind.ALIGNED;
      links.add(new Link(b.source(), b.target(), kind, 1.0));
    }
    return links;
  }
}

package org.qarin.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/** What the link-per-row exports share: a side's text, a link's findings, number formatting. */
final class Links {
  private Links() {}

  /** The texts of the given sentences of a document, joined with one space. */
  static String text(Document doc, List<Integer> indices) {
    StringBuilder sb = new StringBuilder();
    for (int i : indices) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(doc.sentence(i).text());
    }
    return sb.toString();
  }

  /** Sentence indices separated by one space, e.g. {@code 3 4}. */
  static String indices(List<Integer> indices) {
    StringBuilder sb = new StringBuilder();
    for (int i : indices) {
      sb.append(sb.length() > 0 ? " " : "").append(i);
    }
    return sb.toString();
  }

  /** The findings, in report order, that are about a sentence of the link on either side. */
  static List<Finding> findings(Link link, List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (!Collections.disjoint(f.source(), link.source())
          || !Collections.disjoint(f.target(), link.target())) {
        out.add(f);
      }
    }
    return out;
  }

  /** True for links whose two sides render each other, the ones a translation memory keeps. */
  static boolean translated(Link link) {
    return (link.kind() == LinkKind.ALIGNED || link.kind() == LinkKind.MOVED) && !link.oneSided();
  }

  /**
   * A score or share rounded half up to 4 decimals, always with 4 digits after the point ({@code
   * 0.9000}), whatever the default locale.
   */
  static String decimal(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A confidence or score as people read it: two decimals, half up (the digits of {@code %.2f}).
   */
  static String twoDecimals(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}

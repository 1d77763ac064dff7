package org.qarin.read;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of an HTML page, a paragraph per block element. Scripts, styles, navigation,
 * forms and hidden elements are dropped; entities are decoded by jsoup, which never fetches or
 * resolves anything external.
 */
final class HtmlExtractor {
  private static final String DROPPED =
      "head, script, style, noscript, template, nav, aside, form, iframe, svg, math, button,"
          + " select, object, embed, canvas, video, audio, [hidden], [aria-hidden=true]";
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "blockquote",
          "body",
          "caption",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "center");

  private final StringBuilder out = new StringBuilder();
  private final StringBuilder block = new StringBuilder();

  private HtmlExtractor() {}

  static String extract(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    page.select(DROPPED).remove();
    HtmlExtractor x = new HtmlExtractor();
    x.walk(page.body() == null ? page : page.body(), false);
    x.flush();
    return x.out.toString();
  }

  private void walk(Node node, boolean pre) {
    if (node instanceof TextNode t) {
      appendText(pre ? t.getWholeText() : t.text(), pre);
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      block.append('\n');
      return;
    }
    boolean isBlock = BLOCKS.contains(tag);
    if (isBlock) {
      flush();
    }
    for (Node child : e.childNodes()) {
      walk(child, pre || tag.equals("pre"));
    }
    if (isBlock) {
      flush();
    }
  }

  private void appendText(String text, boolean pre) {
    if (pre) {
      block.append(text);
      return;
    }
    boolean spaceBefore = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    if (spaceBefore && block.length() > 0 && !endsWithSpace(block)) {
      block.append(' ');
    }
    block.append(text.strip());
    if (text.length() > 1 && Character.isWhitespace(text.charAt(text.length() - 1))) {
      block.append(' ');
    }
  }

  private static boolean endsWithSpace(StringBuilder sb) {
    return Character.isWhitespace(sb.charAt(sb.length() - 1));
  }

  /** Ends the current block: its text, trimmed, becomes a paragraph. */
  private void flush() {
    String text = trimAroundLineBreaks(block.toString().strip());
    block.setLength(0);
    if (!text.isEmpty()) {
      out.append(out.length() == 0 ? "" : "\n\n").append(text);
    }
  }

  /**
   * The text without the spaces and tabs next to each line break. Written out because the regex
   * {@code [ \t]*\n[ \t]*} tries every position of a run of spaces and scans the run from each,
   * which is quadratic in a {@code <pre>} block that holds a long one.
   */
  static String trimAroundLineBreaks(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n') {
        sb.append(c);
        continue;
      }
      int end = sb.length();
      while (end > 0 && isBlank(sb.charAt(end - 1))) {
        end--;
      }
      sb.setLength(end);
      sb.append('\n');
      while (i + 1 < text.length() && isBlank(text.charAt(i + 1))) {
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}

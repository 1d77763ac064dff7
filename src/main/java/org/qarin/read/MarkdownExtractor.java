package org.qarin.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * The text of a Markdown document without its markup, as CommonMark reads it (commonmark-java, with
 * GitHub tables and autolinks): escapes and entities resolved, links and images keep their text,
 * emphasis and code marks go, HTML blocks keep their text but not their scripts and styles, and a
 * table gives a line per row with a tab between cells. Paragraphs, headings, list items and rows
 * are blocks of their own, separated by a blank line; lines within a paragraph are kept.
 *
 * <p>The tree is walked with an explicit stack, so that deeply nested quotes or lists cannot
 * overflow the thread's stack.
 */
final class MarkdownExtractor {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
          .build();

  /** Ends a block in the output. */
  private static final String END = "\n\n";

  private MarkdownExtractor() {}

  static String extract(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    Deque<Object> work = new ArrayDeque<>();
    work.push(PARSER.parse(markdown));
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item instanceof String s) {
        out.append(s);
      } else {
        visit((Node) item, out, work);
      }
    }
    return tidy(out);
  }

  /** Writes a leaf's text, or schedules a node's children (first on top) and its block end. */
  private static void visit(Node node, StringBuilder out, Deque<Object> work) {
    if (node instanceof Text t) {
      out.append(t.getLiteral());
    } else if (node instanceof Code c) {
      out.append(c.getLiteral());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append('\n');
    } else if (node instanceof FencedCodeBlock f) {
      out.append(f.getLiteral()).append(END);
    } else if (node instanceof IndentedCodeBlock i) {
      out.append(i.getLiteral()).append(END);
    } else if (node instanceof HtmlBlock h) {
      // its text only: a script's or a style's content is not prose
      var body = Jsoup.parseBodyFragment(h.getLiteral()).body();
      body.select("script, style, template").remove();
      out.append(body.wholeText().strip()).append(END);
    } else if (!(node instanceof HtmlInline) && !(node instanceof ThematicBreak)) {
      if (endsBlock(node)) {
        work.push(END);
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        work.push(child);
        if (child instanceof TableCell && child.getPrevious() != null) {
          work.push("\t");
        }
      }
      if (node instanceof ListItem item) {
        work.push(item.getParent() instanceof OrderedList list ? number(item, list) + ". " : "• ");
      }
    }
  }

  /** Paragraphs, headings and table rows end with a blank line; containers leave it to them. */
  private static boolean endsBlock(Node node) {
    boolean container =
        node instanceof Document
            || node instanceof BlockQuote
            || node instanceof BulletList
            || node instanceof OrderedList
            || node instanceof ListItem
            || node instanceof TableBlock;
    return node instanceof TableRow || (node instanceof Block && !container);
  }

  /** The number of an ordered list's item: the list's start plus the items before it. */
  private static int number(ListItem item, OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    int n = start == null ? 1 : start;
    for (Node p = item.getPrevious(); p != null; p = p.getPrevious()) {
      n++;
    }
    return n;
  }

  /** The text with runs of blank lines folded to one and white space at the ends removed. */
  private static String tidy(StringBuilder text) {
    StringBuilder out = new StringBuilder(text.length());
    int newlines = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        newlines++;
        continue;
      }
      if (newlines > 0) {
        // trailing spaces of the line before go with the break
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
          end--;
        }
        out.setLength(end);
        out.append(newlines == 1 ? "\n" : "\n\n");
        newlines = 0;
      }
      out.append(c);
    }
    return out.toString().strip();
  }
}

package org.qarin.read;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Markdown document without its markup: headings, quotes and list markers lose their
 * sigils, links and images keep their text, emphasis and code marks go. Line and paragraph
 * structure is kept, so headings and list items stay sentences of their own.
 *
 * <p>Lines can be megabytes long, so every pattern here runs in linear time and without deep
 * recursion: no pattern repeats a group (Java's regex engine recurses once per repetition), and a
 * span that may start at many places (emphasis, links, tags) cannot contain the character that
 * starts another, so no character is scanned from more than one start. Block syntax that needs a
 * repeated group (quote markers, rules, closing heading marks) is parsed by hand.
 */
final class MarkdownExtractor {
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
  private static final Pattern SETEXT = Pattern.compile("^\\s*(=+|-+)\\s*$");
  private static final Pattern REFERENCE = Pattern.compile("^\\s*\\[[^\\]]+]:\\s+\\S+.*$");
  private static final Pattern HEADING_START = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
  private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+");

  /** A link destination in parentheses, which may hold one pair itself (Wikipedia's "a_(b)"). */
  private static final String DESTINATION = "\\([^()\\]]*(?:\\([^()\\]]*\\)[^()\\]]*)?\\)";

  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]*)]" + DESTINATION);
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\[\\]]+)](" + DESTINATION + "|\\[[^\\[\\]]*])");
  private static final Pattern STRONG =
      Pattern.compile("\\*\\*([^*\\s](?:[^*]*[^*\\s])?)\\*\\*|__([^_\\s](?:[^_]*[^_\\s])?)__");
  private static final Pattern EMPHASIS =
      Pattern.compile(
          "(?<![\\w*])\\*([^*\\s](?:[^*]*[^*\\s])?)\\*(?![\\w*])"
              + "|(?<!\\w)_([^_\\s](?:[^_]*[^_\\s])?)_(?!\\w)");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

  private MarkdownExtractor() {}

  static String extract(String markdown) {
    StringBuilder out = new StringBuilder();
    boolean inFence = false;
    for (String line : markdown.split("\\R", -1)) {
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
        out.append('\n');
        continue;
      }
      out.append(inFence ? line : inline(line)).append('\n');
    }
    return out.toString().strip();
  }

  private static String inline(String line) {
    if (isRule(line) || SETEXT.matcher(line).matches() || REFERENCE.matcher(line).matches()) {
      return "";
    }
    String s = unquote(heading(line));
    s = BULLET.matcher(s).replaceFirst("$1• ");
    s = IMAGE.matcher(s).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1");
    // Strong text cannot contain its delimiter, so emphasis inside it goes first ("**a *b* c**"),
    // and emphasis around it once more after ("*a **b** c*").
    s = EMPHASIS.matcher(s).replaceAll(MarkdownExtractor::eitherGroup);
    s = STRONG.matcher(s).replaceAll(MarkdownExtractor::eitherGroup);
    s = EMPHASIS.matcher(s).replaceAll(MarkdownExtractor::eitherGroup);
    s = CODE.matcher(s).replaceAll("$1");
    return TAG.matcher(s).replaceAll("");
  }

  /** The text of whichever of the two alternatives matched, as a literal replacement. */
  private static String eitherGroup(MatchResult m) {
    return Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** A thematic break: three or more of one of {@code - * _}, white space allowed between. */
  private static boolean isRule(String line) {
    char mark = 0;
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (c != '-' && c != '*' && c != '_' || (mark != 0 && c != mark)) {
        return false;
      }
      mark = c;
      count++;
    }
    return count >= 3;
  }

  /** An ATX heading's text, without its opening marks and an optional closing run of marks. */
  private static String heading(String line) {
    Matcher start = HEADING_START.matcher(line);
    if (!start.lookingAt()) {
      return line;
    }
    int from = start.end();
    int end = stripEnd(line, from, line.length());
    int marks = end;
    while (marks > from && line.charAt(marks - 1) == '#') {
      marks--;
    }
    // closing marks count only after white space ("# C#" keeps its #), or as the whole text
    if (marks < end && (marks == from || Character.isWhitespace(line.charAt(marks - 1)))) {
      end = stripEnd(line, from, marks);
    }
    return line.substring(from, end);
  }

  private static int stripEnd(String s, int from, int end) {
    while (end > from && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The line without leading block-quote markers ({@code > > text}). */
  private static String unquote(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    if (i == line.length() || line.charAt(i) != '>') {
      return line;
    }
    while (i < line.length() && line.charAt(i) == '>') {
      i++;
      if (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
    }
    return line.substring(i);
  }
}

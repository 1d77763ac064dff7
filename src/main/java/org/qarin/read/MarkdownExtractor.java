package org.qarin.read;

import java.util.regex.Pattern;

/**
 * The text of a Markdown document without its markup: headings, quotes and list markers lose
 * their sigils, links and images keep their text, emphasis and code marks go. Line and paragraph
 * structure is kept, so headings and list items stay sentences of their own.
 */
final class MarkdownExtractor {
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
  private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern SETEXT = Pattern.compile("^\\s*(=+|-+)\\s*$");
  private static final Pattern REFERENCE = Pattern.compile("^\\s*\\[[^\\]]+]:\\s+\\S+.*$");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
  private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+");
  private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)](\\([^)]*\\)|\\[[^\\]]*])");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])\\*(\\S(?:.*?\\S)?)\\*(?![\\w*])|(?<!\\w)_(\\S(?:.*?\\S)?)_(?!\\w)");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");

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
    if (RULE.matcher(line).matches() || SETEXT.matcher(line).matches()
        || REFERENCE.matcher(line).matches()) {
      return "";
    }
    String s = HEADING.matcher(line).replaceFirst("$1");
    s = QUOTE.matcher(s).replaceFirst("");
    s = BULLET.matcher(s).replaceFirst("$1• ");
    s = IMAGE.matcher(s).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1");
    s = STRONG.matcher(s).replaceAll("$2");
    s = EMPHASIS.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1) != null ? m.group(1) : m.group(2)));
    s = CODE.matcher(s).replaceAll("$1");
    return TAG.matcher(s).replaceAll("");
  }
}

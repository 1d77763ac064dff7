package org.qarin.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** What Markdown's markup turns into: {@code check(markdown, text)}, one rule per test. */
class MarkdownExtractorTest {
  private static void check(String markdown, String text) {
    assertThat(MarkdownExtractor.extract(markdown)).isEqualTo(text);
  }

  @Test
  void headingsLoseTheirMarks() {
    check("# Title", "Title");
    check("## Title ##", "Title");
    check("### C#", "C#"); // closing marks need white space before them
    check("#Hashtag", "#Hashtag"); // no space after the marks: not a heading
    check("### ###", ""); // only a closing sequence: an empty heading, as in CommonMark
  }

  @Test
  void quotesListsAndRules() {
    check("> > quoted text", "quoted text");
    check("- item\n- item", "• item\n\n• item");
    check("3. third\n4. fourth", "3. third\n\n4. fourth");
    check("text\n\n- - -\n\n***\n\nmore", "text\n\nmore");
    check("Title\n=====\n\nBody", "Title\n\nBody");
  }

  @Test
  void linksAndImagesKeepTheirText() {
    check(
        "See [the report](http://example.com/a_(b)) and ![a map](map.png).",
        "See the report and a map.");
    check("A [reference][r] link.\n\n[r]: http://example.com", "A reference link.");
  }

  @Test
  void emphasisStrongAndCodeMarksGo() {
    check("*em* _em_ **strong** __strong__ `code`", "em em strong strong code");
    check("**bold *and* italic**", "bold and italic");
    check("*italic **and** bold*", "italic and bold");
    check("2 * 3 * 4 and snake_case_name stay", "2 * 3 * 4 and snake_case_name stay");
  }

  /** What a hand-written reader got wrong: CommonMark's own rules (issue 14). */
  @Test
  void escapesEntitiesScriptsAutolinksAndTablesReadAsCommonMarkSays() {
    check("\\*a\\* and 5 \\> 3", "*a* and 5 > 3");
    check("Tom &amp; Jerry &quot;quoted&quot;", "Tom & Jerry \"quoted\"");
    check("<script>\nalert('x')\n</script>\n\nText", "Text");
    check("<div>A <b>bold</b> claim.</div>\n\nText", "A bold claim.\n\nText");
    check(
        "See <https://example.org/a> or www.example.org.",
        "See https://example.org/a or www.example.org.");
    check("| city | people |\n|---|---|\n| Homs | 1,200 |", "city\tpeople\n\nHoms\t1,200");
  }

  @Test
  void fencedCodeIsKeptAsWrittenAndTagsGo() {
    check("```\n*not* emphasis\n```\n<b>bold</b> text", "*not* emphasis\n\nbold text");
  }

  /**
   * Unclosed markup on a long line: each pattern scanned from every opening mark to the end of the
   * line (a 12 kB line took seconds, a megabyte hours); now each character is scanned once.
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void longLinesOfUnclosedMarkupAreNotQuadratic() {
    for (String unit :
        new String[] {"*a ", "_a ", "**a ", "__a ", "[a ", "![a](", "[a](b ", "<a ", "`a "}) {
      String line = "text " + unit.repeat(300_000);
      assertThat(MarkdownExtractor.extract(line)).startsWith("text");
    }
    assertThat(MarkdownExtractor.extract("# a" + " ".repeat(1_000_000) + "b"))
        .isEqualTo("a" + " ".repeat(1_000_000) + "b");
  }

  /**
   * Quote markers and rules were regexes that repeat a group: Java recursed once per repetition.
   */
  @Test
  void longRunsOfQuoteMarkersAndRuleMarksDoNotOverflowTheStack() {
    // CommonMark's reader nests at most 100 quotes deep; the markers past that stay as text
    assertThat(MarkdownExtractor.extract(">".repeat(200_000) + " text")).endsWith("text");
    assertThat(MarkdownExtractor.extract("> ".repeat(200_000) + "text")).endsWith("text");
    check("- ".repeat(200_000) + "\n\ntext", "text");
    check("*".repeat(200_000) + "\n\ntext", "text");
  }
}

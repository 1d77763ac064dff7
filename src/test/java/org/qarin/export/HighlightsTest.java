package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qarin.model.Document;
import org.qarin.model.Language;
import org.qarin.model.Span;

class HighlightsTest {
  // Sentence 0 is "one two three." at [0, 14); sentence 1 "four <five>." at [16, 28).
  private final Document doc =
      HtmlTestReports.doc("d.txt", Language.EN, "one two three.", "four <five>.");
  private final Highlights marks = new Highlights(doc);

  @Test
  void sentenceWithoutMarksIsEscapedText() {
    assertThat(marks.render(doc.sentence(1))).isEqualTo("four &lt;five&gt;.");
  }

  @Test
  void marksWrapExactlyTheirSpan() {
    marks.add(new Span(4, 7), "gap", "no counterpart");
    assertThat(marks.render(doc.sentence(0)))
        .isEqualTo("one <mark class=\"gap\" title=\"no counterpart\">two</mark> three.");
  }

  @Test
  void overlappingMarksAreCutAtEveryBoundary() {
    marks.add(new Span(0, 7), "gap", "g");
    marks.add(new Span(4, 13), "hit sev-critical", "h");
    assertThat(marks.render(doc.sentence(0)))
        .isEqualTo(
            "<mark class=\"gap\" title=\"g\">one </mark>"
                + "<mark class=\"gap hit sev-critical\" title=\"g; h\">two</mark>"
                + "<mark class=\"hit sev-critical\" title=\"h\"> three</mark>.");
  }

  @Test
  void aSpanOverTwoSentencesMarksBothAndNothingBetween() {
    marks.add(new Span(8, 20), "hit sev-info", "x");
    assertThat(marks.render(doc.sentence(0)))
        .isEqualTo("one two <mark class=\"hit sev-info\" title=\"x\">three.</mark>");
    assertThat(marks.render(doc.sentence(1)))
        .isEqualTo("<mark class=\"hit sev-info\" title=\"x\">four</mark> &lt;five&gt;.");
  }

  @Test
  void markedTextAndTitlesAreEscaped() {
    marks.add(new Span(21, 27), "hit sev-warning", "<b>\"t\"</b>");
    assertThat(marks.render(doc.sentence(1)))
        .isEqualTo(
            "four <mark class=\"hit sev-warning\" title=\"&lt;b&gt;&quot;t&quot;&lt;/b&gt;\">"
                + "&lt;five&gt;</mark>.");
  }

  @Test
  void emptySpansAndSpansBetweenSentencesMarkNothing() {
    marks.add(new Span(5, 5), "gap", "empty");
    marks.add(new Span(14, 16), "gap", "paragraph break");
    marks.add(new Span(100, 120), "gap", "past the end");
    assertThat(marks.render(doc.sentence(0))).isEqualTo("one two three.");
    assertThat(marks.render(doc.sentence(1))).isEqualTo("four &lt;five&gt;.");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    Document emoji = HtmlTestReports.doc("e.txt", Language.EN, "a \uD83D\uDE00 b");
    Highlights h = new Highlights(emoji);
    h.add(new Span(3, 5), "gap", "t"); // starts inside the pair
    assertThat(h.render(emoji.sentence(0)))
        .isEqualTo("a <mark class=\"gap\" title=\"t\">\uD83D\uDE00 </mark>b");
  }
}

package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupAndBothQuotes() {
    check("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    check("a & b \"c\"", "a &amp; b &quot;c&quot;");
    check("&amp;", "&amp;amp;"); // an entity in the input is text, shown as typed
    check("]]>", "]]&gt;");
  }

  @Test
  void keepsOrdinaryTextAndWhiteSpace() {
    check("قال المتحدث", "قال المتحدث");
    check("tab\tline\nreturn\r", "tab\tline\nreturn\r");
    check(
        "\u202Eمعكوس\u202C \u200F",
        "\u202Eمعكوس\u202C \u200F"); // bidi controls: isolated, not removed
    check("emoji \uD83D\uDE00", "emoji \uD83D\uDE00"); // a valid surrogate pair
    check("", "");
  }

  @Test
  void replacesWhatHtmlCannotCarry() {
    check("\u0000\u0001\u0008\u001B\u007F\u0085\u009F", "\uFFFD".repeat(7)); // C0, DEL, C1
    check("lone \uD800 high", "lone \uFFFD high");
    check("lone \uDC00 low", "lone \uFFFD low");
    check("reversed \uDE00\uD83D", "reversed \uFFFD\uFFFD");
    check("\uFFFE \uFFFF \uFDD0", "\uFFFD \uFFFD \uFFFD"); // noncharacters
    check("\uD83F\uDFFE", "\uFFFD\uFFFD"); // U+1FFFE, a noncharacter outside the BMP
  }

  private static void check(String input, String expected) {
    assertThat(Html.escape(input)).isEqualTo(expected);
  }
}

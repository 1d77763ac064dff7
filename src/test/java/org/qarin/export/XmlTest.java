package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlTest {
  /** Every kind of character the exports meet: markup, quotes, white space, bidi, invalid. */
  private static final String HOSTILE =
      "a<b>&amp;\"q\" 'a' ]]> \t\n\r\n \u202Eevil\u202C \u0000\u0001\u0008\u000B\u000C\u001B\u001F"
          + " \uFFFE\uFFFF \uD800 \uDC00x \uD83D\uDE00 \u0085\u2028 \uFFFD end";

  /** HOSTILE without the characters XML 1.0 cannot hold. */
  private static final String CLEAN =
      "a<b>&amp;\"q\" 'a' ]]> \t\n\r\n \u202Eevil\u202C "
          + "   x \uD83D\uDE00 \u0085\u2028 \uFFFD end";

  @Test
  void escapesMarkupCharacters() {
    assertThat(Xml.text("<script>alert('x') & \"y\"</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    assertThat(Xml.text("]]>")).isEqualTo("]]&gt;");
  }

  @Test
  void removesWhatXml10Forbids() {
    assertThat(Xml.text("\u0000a\u0001\u001Fb\uFFFEc\uFFFFd\uD800e\uDC00")).isEqualTo("abcde");
    assertThat(Xml.text("\uDC00\uD800")).isEmpty(); // a low then a high surrogate is no pair
  }

  @Test
  void keepsBidiControlsAndPairs() {
    assertThat(Xml.text("\u202E\u200F\u061C \uD83D\uDE00"))
        .isEqualTo("\u202E\u200F\u061C \uD83D\uDE00");
  }

  @Test
  void textSurvivesAParserExactly() {
    Element e = XmlChecks.parse("<a>" + Xml.text(HOSTILE) + "</a>").getDocumentElement();
    assertThat(e.getTextContent()).isEqualTo(CLEAN);
  }

  @Test
  void attributeSurvivesAParserExactly() {
    String xml = "<a v=\"" + Xml.attribute(HOSTILE) + "\" w='" + Xml.attribute(HOSTILE) + "'/>";
    Element e = XmlChecks.parse(xml).getDocumentElement();
    assertThat(e.getAttribute("v")).isEqualTo(CLEAN);
    assertThat(e.getAttribute("w")).isEqualTo(CLEAN);
  }
}

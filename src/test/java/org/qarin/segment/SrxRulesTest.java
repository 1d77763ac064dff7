package org.qarin.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/** Loading SRX files, which users supply with {@code --srx}: no DOCTYPE, no entities, no noise. */
class SrxRulesTest {
  private static final String RULES =
      String.join(
          "",
          "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">",
          "<header segmentsubflows=\"yes\"/><body><languagerules>",
          "<languagerule languagerulename=\"all\"><rule break=\"yes\">",
          "<beforebreak>[.]</beforebreak><afterbreak>\\s</afterbreak></rule>",
          "</languagerule></languagerules><maprules>",
          "<languagemap languagepattern=\".*\" languagerulename=\"all\"/>",
          "</maprules></body></srx>");

  @Test
  void aUsersRulesApply() {
    RuleSegmenter s = new RuleSegmenter(SrxRules.parse(RULES));
    assertThat(s.segment("Mr. Smith left. Bye.", Language.EN))
        .extracting(Sentence::text)
        .containsExactly("Mr.", "Smith left.", "Bye.");
  }

  @Test
  void aDoctypeWithAnExternalEntityIsRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE srx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + RULES.replace("[.]", "&e;");
    assertThatThrownBy(() -> SrxRules.parse(xxe))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  /** An external DTD is refused before any parser could fetch it. */
  @Test
  void anExternalDtdIsNeverFetched() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String dtd = "http://127.0.0.1:" + server.getLocalPort() + "/srx.dtd";
      String srx = "<?xml version=\"1.0\"?><!DOCTYPE srx SYSTEM \"" + dtd + "\">" + RULES;
      assertThatThrownBy(() -> SrxRules.parse(srx)).isInstanceOf(IllegalArgumentException.class);
      server.setSoTimeout(300);
      assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  /** Okapi's parser printed "[Fatal Error] ..." to standard error before failing. */
  @Test
  void brokenXmlIsReportedInTheMessageOnly() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> SrxRules.parse("not xml at all"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("line 1, column 1");
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}

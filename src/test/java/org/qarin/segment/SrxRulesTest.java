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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * qarin marks every rule {@code [noauto]} on loading, to spare Okapi's inline-code pattern; on
   * plain text that must not move a single break.
   */
  @Test
  void theDefaultRulesBreakWhereOkapiAloneBreaks() throws IOException {
    String srx;
    try (var in = SrxRules.class.getResourceAsStream("qarin.srx")) {
      srx = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    net.sf.okapi.lib.segmentation.SRXDocument okapi =
        new net.sf.okapi.lib.segmentation.SRXDocument();
    okapi.loadRules((CharSequence) srx);
    SrxRules rules = SrxRules.defaults();
    int blocks = 0;
    for (String file : List.of("statement-ar.txt", "statement-en.txt")) {
      Language lang = file.contains("-ar") ? Language.AR : Language.EN;
      net.sf.okapi.common.ISegmenter plain =
          okapi.compileLanguageRules(net.sf.okapi.common.LocaleId.fromString(lang.code()), null);
      String text = Files.readString(Path.of("corpus/sample", file));
      List<String> samples = new ArrayList<>(List.of(text.split("\n")));
      samples.addAll(
          List.of(
              "Mr. Smith met Dr. Jones at 10 a.m. The talks ended. \"Why?\" he asked... and left.",
              "U.S. forces left. A. Smith said so (p. 12). 2019 The year ended. Plan B. The end!",
              "قال د. سامر إن الحكومة.وقال آخر: «لا»... ثم غادر؟ نعم! ق.م. 300 عام",
              "...... !!! ?? .. فتح “M4”.. طريق شائك. Image: Nick. Photo: AFP"));
      for (String block : samples) {
        if (block.isBlank()) {
          continue;
        }
        plain.computeSegments(block);
        List<Integer> expected = new ArrayList<>(List.of(0));
        for (net.sf.okapi.common.Range r : plain.getRanges()) {
          if (r.start > expected.get(expected.size() - 1)) {
            expected.add(r.start);
          }
        }
        assertThat(rules.starts(block, lang)).as(block).isEqualTo(expected);
        blocks++;
      }
    }
    assertThat(blocks).isGreaterThan(10);
  }

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

package org.qarin.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

class HtmlExtractorTest {
  @Test
  void blocksBecomeParagraphsAndScriptsGo() {
    String html =
        "<html><head><title>t</title><script>alert(1)</script></head><body><nav>menu</nav>"
            + "<h1>Title</h1><p>One <b>two</b>.<br>Three.</p><pre>  a  \n  b</pre></body></html>";
    assertThat(HtmlExtractor.extract(html)).isEqualTo("Title\n\nOne two.\nThree.\n\na\nb");
  }

  @Test
  void spacesAndTabsAroundLineBreaksGo() {
    assertThat(HtmlExtractor.trimAroundLineBreaks("a \t\n \tb\n\n c \n")).isEqualTo("a\nb\n\nc\n");
  }

  /** {@code [ \t]*\n[ \t]*} scanned a run of spaces from each of its positions. */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void preBlockWithALongRunOfSpacesIsNotQuadratic() {
    String html = "<pre>a" + " ".repeat(1_000_000) + "b\n" + "\t".repeat(1_000_000) + "c</pre>";
    assertThat(HtmlExtractor.extract(html)).isEqualTo("a" + " ".repeat(1_000_000) + "b\nc");
  }

  /** jsoup resolves no external entity: a DOCTYPE that declares one leaves it unexpanded. */
  @Test
  void externalEntitiesAreNeverResolved() {
    String html =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<html><body><p>Before &e; after.</p></body></html>";
    InputText text = DocumentReader.of("page.html", html, Format.HTML);
    assertThat(text.text()).contains("Before &e; after.").doesNotContain("root:");
  }

  /** References to other resources stay references: a local server sees no connection. */
  @Test
  void nothingTheInputReferencesIsFetched() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
      String html =
          "<!DOCTYPE html SYSTEM \""
              + url
              + ".dtd\"><html><head><base href=\""
              + url
              + "/\">"
              + "<link rel=stylesheet href=\""
              + url
              + ".css\"><script src=\""
              + url
              + ".js\"></script>"
              + "<meta http-equiv=refresh content=\"0; url="
              + url
              + "\"></head><body>"
              + "<img src=\""
              + url
              + ".png\"><iframe src=\""
              + url
              + "\"></iframe>"
              + "<object data=\""
              + url
              + "\"></object><p>Only this text.</p></body></html>";
      InputText text =
          DocumentReader.read(
              "page.html",
              new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
              ReadOptions.defaults());
      assertThat(text.text()).isEqualTo("Only this text.");
      server.setSoTimeout(300);
      assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }
}

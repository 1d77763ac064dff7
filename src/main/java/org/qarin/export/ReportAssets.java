package org.qarin.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.qarin.model.Version;

/**
 * The report page's style sheet and script, read once from the resources beside this class, and the
 * Content-Security-Policy that allows exactly these two inline blocks and nothing else.
 */
final class ReportAssets {
  /** The page's whole style sheet, inlined into its one {@code <style>} element. */
  static final String CSS = inline("report.css");

  /** The page's whole script, inlined into its one {@code <script>} element. */
  static final String JS = inline("report.js");

  /** The legend of colours and marks: fixed markup, each colour with its text label. */
  static final String LEGEND = load("legend.html");

  /**
   * Allows only the inline style and script above, by hash: hashes rather than nonces keep the page
   * byte-identical for the same report, and an injected block can never match them.
   */
  static final String CSP =
      "default-src 'none'; style-src "
          + hash(CSS)
          + "; script-src "
          + hash(JS)
          + "; base-uri 'none'; form-action 'none'";

  private ReportAssets() {}

  /**
   * A page's doctype and head: the policy first, so that it is in force before the browser reads
   * any other element, then the title and the style sheet.
   */
  static void head(Writer out, String title) throws IOException {
    out.write(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Html.escape(CSP) + "\">\n");
    out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta name=\"generator\" content=\"qarin " + Html.escape(Version.get()) + "\">\n");
    out.write("<title>" + Html.escape(title) + "</title>\n");
    out.write("<style>" + CSS + "</style>\n</head>\n");
  }

  /** The CSP source expression for a block of inline text, {@code 'sha256-...'}. */
  static String hash(String inline) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A resource inlined raw (CSS and JS are not HTML-escaped), checked not to end its element. */
  private static String inline(String name) {
    String text = load(name);
    // "</" would end the element early; "<!--" switches the HTML parser into a comment-like state.
    if (text.contains("</") || text.contains("<!--")) {
      throw new IllegalStateException("resource " + name + " contains </ or <!--");
    }
    return text;
  }

  private static String load(String name) {
    try (InputStream in = ReportAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.qarin.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF (the last one too), a quote may
 * appear only in a quoted field, doubled; anything else fails the test.
 */
final class Rfc4180 {
  private final String text;
  private int at;

  private Rfc4180(String text) {
    this.text = text;
  }

  static List<List<String>> parse(String text) {
    return new Rfc4180(text).records();
  }

  private List<List<String>> records() {
    List<List<String>> records = new ArrayList<>();
    while (at < text.length()) {
      records.add(record());
    }
    return records;
  }

  private List<String> record() {
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(at < text.length() && text.charAt(at) == '"' ? quoted() : plain());
      if (text.startsWith("\r\n", at)) {
        at += 2;
        return fields;
      }
      if (at >= text.length() || text.charAt(at) != ',') {
        throw new AssertionError("expected a comma or CRLF at " + at);
      }
      at++;
    }
  }

  private String quoted() {
    StringBuilder sb = new StringBuilder();
    at++;
    while (true) {
      int q = text.indexOf('"', at);
      if (q < 0) {
        throw new AssertionError("unterminated quoted field");
      }
      sb.append(text, at, q);
      at = q + 1;
      if (at < text.length() && text.charAt(at) == '"') {
        sb.append('"');
        at++;
      } else {
        return sb.toString();
      }
    }
  }

  private String plain() {
    int start = at;
    while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '\r') {
      char c = text.charAt(at);
      if (c == '"' || c == '\n') {
        throw new AssertionError("unquoted field holds " + (c == '"' ? "a quote" : "a LF"));
      }
      at++;
    }
    return text.substring(start, at);
  }
}

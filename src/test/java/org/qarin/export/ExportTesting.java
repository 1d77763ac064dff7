package org.qarin.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.qarin.model.Alignment;
import org.qarin.model.Report;

/** Runs exporters into strings for the tests. */
final class ExportTesting {
  private ExportTesting() {}

  static String export(String format, Report report) {
    StringWriter w = new StringWriter();
    try {
      Exporters.of(format).write(report, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String exportAlignment(String format, Alignment alignment) {
    StringWriter w = new StringWriter();
    try {
      Exporters.alignmentOf(format).write(alignment, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The sample reports every format must handle. */
  static List<Report> samples() {
    return List.of(SampleReports.corpusSample(), SampleReports.hostile());
  }

  /** Lines of a text that ends with LF, without the LFs. */
  static List<String> lines(String text) {
    if (!text.endsWith("\n")) {
      throw new AssertionError("output does not end with a line feed");
    }
    return new ArrayList<>(List.of(text.substring(0, text.length() - 1).split("\n", -1)));
  }
}

package org.qarin;

import java.io.StringWriter;
import java.nio.file.Path;
import org.qarin.export.OutputFormat;
import org.qarin.model.Finding;
import org.qarin.model.Report;
import org.qarin.model.Severity;

/** The library example of the README, compiled and run by {@code QarinTest}. */
final class ReadmeExample {
  private ReadmeExample() {}

  static String run() throws Exception {
    // README example starts
    Report report =
        Qarin.audit(
            Path.of("corpus/sample/statement-ar.txt"), Path.of("corpus/sample/statement-en.txt"));
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.INFO) {
        System.out.println(
            f.kind().id() + " " + f.source() + " -> " + f.target() + ": " + f.message());
      }
    }
    System.out.printf("coverage %.0f%%%n", 100 * report.summary().coverage());
    StringWriter json = new StringWriter();
    Qarin.export(report, OutputFormat.JSON, json);
    // README example ends
    return json.toString();
  }
}

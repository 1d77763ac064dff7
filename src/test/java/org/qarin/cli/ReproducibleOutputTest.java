package org.qarin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qarin.Qarin;
import org.qarin.export.Exporters;
import org.qarin.export.HtmlReportExporter;
import org.qarin.model.Alignment;
import org.qarin.model.FindingKind;
import org.qarin.model.Report;
import org.qarin.model.Summary;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.ReadOptions;

/**
 * The same inputs give byte-identical outputs on every run and whatever the default locale: Arabic
 * (other digits), Turkish (another lower-case i) and English. Every command output and every export
 * format is compared.
 */
class ReproducibleOutputTest {
  private static final Path AR = Path.of("corpus/sample/statement-ar.txt");
  private static final Path EN = Path.of("corpus/sample/statement-en.txt");
  private static final List<Locale> LOCALES =
      List.of(Locale.ENGLISH, new Locale("ar", "EG"), new Locale("tr", "TR"), Locale.ROOT);

  @Test
  void everyOutputIsTheSameInEveryLocaleAndRun() {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      Map<String, String> reference = outputs();
      for (Locale locale : LOCALES) {
        Locale.setDefault(locale);
        assertThat(outputs()).as(locale.toLanguageTag()).isEqualTo(reference);
      }
    } finally {
      Locale.setDefault(original);
    }
  }

  /** Every output, by what produced it. */
  private static Map<String, String> outputs() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("segment lines", cli("segment", AR.toString()));
    out.put("segment jsonl", cli("segment", "--format", "jsonl", EN.toString()));
    out.put("align", cli("align", AR.toString(), EN.toString()));
    out.put("align en-ar", cli("align", EN.toString(), AR.toString()));
    Report report = report();
    for (String format : Exporters.formats()) {
      out.put(format, export(format, report));
    }
    out.put("html", export("html", report));
    return out;
  }

  private static String cli(String... args) {
    CliRunner r = CliRunner.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out();
  }

  private static Report report() {
    Alignment a =
        Qarin.align(
            DocumentReader.read(AR, ReadOptions.defaults()),
            DocumentReader.read(EN, ReadOptions.defaults()),
            QarinOptions.defaults());
    Summary summary =
        new Summary(
            a.source().size(), a.target().size(), 0.5, 0.5, 0.75, new EnumMap<>(FindingKind.class));
    return new Report(a, List.of(), List.of(), summary);
  }

  /** The export as the bytes a file would hold. */
  private static String export(String format, Report report) {
    StringWriter w = new StringWriter();
    try {
      if (format.equals("html")) {
        new HtmlReportExporter().write(report, w);
      } else {
        Exporters.of(format).write(report, w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(w.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}

package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qarin.export.ExportTesting.export;
import static org.qarin.export.ExportTesting.exportAlignment;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qarin.model.Report;

class ExportersTest {
  private static final List<Locale> LOCALES =
      List.of(
          Locale.forLanguageTag("tr"),
          Locale.forLanguageTag("ar"),
          Locale.forLanguageTag("ar-EG-u-nu-arab"));

  static List<String> formats() {
    return Exporters.formats();
  }

  static List<String> alignmentFormats() {
    return Exporters.alignmentFormats();
  }

  @Test
  void knowsTheFormatsTheContractNames() {
    assertThat(Exporters.formats()).containsExactly("json", "jsonl", "tsv", "csv", "tmx", "xliff");
    assertThat(Exporters.of(" JSON ")).isInstanceOf(JsonExporter.class);
    assertThat(Exporters.of("XLIFF")).isInstanceOf(XliffExporter.class);
    assertThat(Exporters.alignmentOf("Tsv")).isInstanceOf(DelimitedExporter.class);
  }

  @Test
  void refusesUnknownFormats() {
    assertThatThrownBy(() -> Exporters.of("html"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'html'")
        .hasMessageContaining("json, jsonl, tsv, csv, tmx, xliff");
    assertThatThrownBy(() -> Exporters.alignmentOf("tmx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("json, tsv, csv");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void sameReportSameBytesInEveryLocale(String format) {
    for (Report r : List.of(SampleReports.corpusSample(), SampleReports.hostile())) {
      String expected = export(format, r);
      assertThat(export(format, r)).isEqualTo(expected);
      assertThat(inLocales(() -> export(format, r))).containsOnly(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("alignmentFormats")
  void sameAlignmentSameBytesInEveryLocale(String format) {
    Report r = SampleReports.corpusSample();
    String expected = exportAlignment(format, r.alignment());
    assertThat(inLocales(() -> exportAlignment(format, r.alignment()))).containsOnly(expected);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void outputsUseAsciiDigitsForNumbers(String format) {
    String out = inLocales(() -> export(format, SampleReports.corpusSample())).get(2);
    assertThat(out).contains("0.9000").doesNotContain("0,9000", "٠٫٩");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void leavesFlushingToTheCaller(String format) throws IOException {
    int[] flushes = {0};
    Writer counting =
        new FilterWriter(new StringWriter()) {
          @Override
          public void flush() throws IOException {
            flushes[0]++;
            super.flush();
          }
        };
    Exporters.of(format).write(SampleReports.corpusSample(), counting);
    assertThat(flushes[0]).isZero();
  }

  private static List<String> inLocales(Supplier<String> export) {
    Locale saved = Locale.getDefault();
    List<String> out = new ArrayList<>();
    try {
      for (Locale l : LOCALES) {
        Locale.setDefault(l);
        out.add(export.get());
      }
    } finally {
      Locale.setDefault(saved);
    }
    return out;
  }
}

package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFormatTest {
  @TempDir Path dir;

  @Test
  void idsExtensionsAndExporters() {
    assertThat(Stream.of(OutputFormat.values()).map(f -> f.id() + "." + f.extension()))
        .containsExactly(
            "html.html", "json.json", "tmx.tmx", "xliff.xlf", "tsv.tsv", "csv.csv", "jsonl.jsonl");
    assertThat(OutputFormat.XLIFF.fileName("statement-ar")).isEqualTo("statement-ar.xlf");
    assertThat(OutputFormat.HTML.exporter()).isInstanceOf(HtmlReportExporter.class);
    assertThat(OutputFormat.TMX.exporter()).isInstanceOf(TmxExporter.class);
    assertThat(OutputFormat.fromId(" XLIFF ")).isEqualTo(OutputFormat.XLIFF);
    assertThatThrownBy(() -> OutputFormat.fromId("pdf"))
        .hasMessage("unknown format 'pdf' (use html, json, tmx, xliff, tsv, csv, jsonl)");
  }

  @Test
  void writeAllWritesEveryFileOrNone() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "old");
    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Pending(a, w -> w.write("new")),
                        new AtomicFiles.Pending(
                            b,
                            w -> {
                              throw new IOException("disk full");
                            }))))
        .hasMessageContaining("b.txt");
    assertThat(Files.readString(a)).isEqualTo("old");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.txt");
    }
    AtomicFiles.writeAll(
        List.of(
            new AtomicFiles.Pending(a, w -> w.write("new")),
            new AtomicFiles.Pending(b, w -> w.write("b"))));
    assertThat(Files.readString(a)).isEqualTo("new");
    assertThat(Files.readString(b)).isEqualTo("b");
  }
}

package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.qarin.model.Rendering;
import org.qarin.model.Report;

class CompilationPageTest {
  private static String page(List<CompilationPage.Source> sources) throws IOException {
    Report r = SampleReports.compilation();
    StringWriter out = new StringWriter();
    CompilationPage.write(out, r.alignment().target(), sources);
    return out.toString();
  }

  @Test
  void eachSectionSaysWhichSourceRendersIt() throws IOException {
    Rendering school = SampleReports.compilation().summary().rendering();
    Rendering talks =
        new Rendering(
            Rendering.Shape.PARTIAL,
            List.of(new Rendering.Stretch(0, 1)),
            List.of(new Rendering.Stretch(8, 10, Optional.of("Talks in Geneva"))));
    Document page =
        Jsoup.parse(
            page(
                List.of(
                    new CompilationPage.Source(
                        "school-ar.txt", Optional.of("../school/school-ar.html"), school),
                    new CompilationPage.Source("<i>talks</i>.txt", Optional.empty(), talks))));
    Elements rows = page.select("#compilation tbody tr");
    // the introduction, the floods section, the school section, the talks section
    assertThat(rows.eachAttr("class"))
        .containsExactly("k-outside", "k-outside", "k-aligned", "k-aligned");
    assertThat(rows.get(1).selectFirst("th").text()).isEqualTo("1–3");
    assertThat(rows.get(2).selectFirst("td").text()).isEqualTo(SampleReports.SECTION);
    assertThat(rows.get(2).select("td b")).isEmpty(); // the heading's markup stays text
    assertThat(rows.get(2).selectFirst("a").attr("href")).isEqualTo("../school/school-ar.html");
    assertThat(rows.get(2).text()).contains("school-ar.txt, source sentences 1–3");
    assertThat(rows.get(3).select("a")).isEmpty();
    assertThat(rows.get(3).select("i")).isEmpty();
    assertThat(rows.get(3).text()).contains("<i>talks</i>.txt, source sentences 0–1");
    assertThat(rows.get(0).text()).contains("no source in this collection");
    assertThat(page.selectFirst("p.rendering").text())
        .startsWith("11 sentences; 2 sources render parts of it");
    assertThat(page.select("script")).isEmpty();
    assertThat(rows.get(2).select("details .s .ix").eachText()).containsExactly("4", "5", "6", "7");
  }
}

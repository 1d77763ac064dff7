package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Link;
import org.qarin.model.Report;

/**
 * An XLIFF 2.0 file, valid against the core schema: one {@code unit} per link, {@code
 * state="translated"} when both sides render each other and {@code state="initial"} with an empty
 * side for dropped and added sentences. The link's kind and score go into notes. In a partial
 * rendering, the sentences outside what the translation renders (a compilation's other sections,
 * the parts of the source left out) are not units: they are no translation work. Unit ids keep the
 * link's index.
 */
final class XliffExporter implements Exporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    Alignment a = report.alignment();
    if (a.links().isEmpty()) {
      // the schema requires at least one unit per file; an empty file would be invalid
      throw new IllegalArgumentException("an XLIFF file needs at least one link");
    }
    out.write(Xml.DECLARATION);
    out.write("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"");
    out.write(a.source().language().code() + "\" trgLang=\"" + a.target().language().code());
    out.write("\">\n");
    file(a, new FindingRows(a, report.findings()), out);
    out.write("</xliff>\n");
  }

  private static void file(Alignment a, FindingRows rows, Writer out) throws IOException {
    // xml:space keeps line breaks inside sentences; the directions help tools that do not guess
    out.write("  <file id=\"f1\" original=\"" + Xml.attribute(a.source().name()) + "\"");
    out.write(" srcDir=\"" + direction(a.source()) + "\" trgDir=\"" + direction(a.target()));
    out.write("\" xml:space=\"preserve\">\n");
    List<Link> links = a.links();
    // a translation that renders nothing keeps every link: the file needs a unit
    boolean skip =
        java.util.stream.IntStream.range(0, links.size()).anyMatch(i -> !rows.collapsed(i));
    for (int i = 0; i < links.size(); i++) {
      if (!(skip && rows.collapsed(i))) {
        unit(a, i, out);
      }
    }
    out.write("  </file>\n");
  }

  private static void unit(Alignment a, int index, Writer out) throws IOException {
    Link l = a.links().get(index);
    out.write("    <unit id=\"u" + index + "\">\n");
    out.write("      <notes>\n");
    out.write("        <note category=\"qarin-kind\">" + l.kind().id() + "</note>\n");
    out.write("        <note category=\"qarin-score\">" + Links.decimal(l.score()) + "</note>\n");
    out.write("      </notes>\n");
    String state = Links.translated(l) ? "translated" : "initial";
    out.write("      <segment state=\"" + state + "\">\n");
    content("source", Links.text(a.source(), l.source()), out);
    content("target", Links.text(a.target(), l.target()), out);
    out.write("      </segment>\n");
    out.write("    </unit>\n");
  }

  private static void content(String element, String text, Writer out) throws IOException {
    String escaped = Xml.text(text);
    if (escaped.isEmpty()) {
      out.write("        <" + element + "/>\n");
    } else {
      out.write("        <" + element + ">" + escaped + "</" + element + ">\n");
    }
  }

  private static String direction(Document d) {
    return d.language().rightToLeft() ? "rtl" : "ltr";
  }
}

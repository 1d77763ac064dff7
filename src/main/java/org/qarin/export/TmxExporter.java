package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import org.qarin.model.Alignment;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Version;

/**
 * A TMX 1.4b translation memory: one {@code tu} per link whose sides render each other, with the
 * link's kind and score as properties. Dropped and added sentences have no translation and are left
 * out. No creation date is written, so the same report always gives the same file.
 */
final class TmxExporter implements Exporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    Alignment a = report.alignment();
    out.write(Xml.DECLARATION);
    out.write("<tmx version=\"1.4\">\n");
    header(a, out);
    out.write("  <body>\n");
    for (Link l : a.links()) {
      if (Links.translated(l)) {
        tu(a, l, out);
      }
    }
    out.write("  </body>\n</tmx>\n");
  }

  private static void header(Alignment a, Writer out) throws IOException {
    out.write("  <header creationtool=\"qarin\" creationtoolversion=\"");
    out.write(Xml.attribute(Version.get()));
    out.write("\" segtype=\"sentence\" o-tmf=\"qarin\" adminlang=\"en\" srclang=\"");
    out.write(a.source().language().code());
    out.write("\" datatype=\"plaintext\"/>\n");
  }

  private static void tu(Alignment a, Link l, Writer out) throws IOException {
    out.write("    <tu>\n");
    out.write("      <prop type=\"x-kind\">" + l.kind().id() + "</prop>\n");
    out.write("      <prop type=\"x-score\">" + Links.decimal(l.score()) + "</prop>\n");
    tuv(a.source().language().code(), Links.text(a.source(), l.source()), out);
    tuv(a.target().language().code(), Links.text(a.target(), l.target()), out);
    out.write("    </tu>\n");
  }

  private static void tuv(String language, String text, Writer out) throws IOException {
    out.write("      <tuv xml:lang=\"" + language + "\"><seg>");
    out.write(Xml.text(text));
    out.write("</seg></tuv>\n");
  }
}

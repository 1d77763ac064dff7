package org.qarin.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.Link;
import org.qarin.model.Report;

/** JSON Lines: one object per link, with its sentences' texts and the findings about them. */
final class JsonlExporter implements Exporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Link> links = report.alignment().links();
    for (int i = 0; i < links.size(); i++) {
      // a generator per line: each line is a complete JSON document
      try (JsonGenerator g = Json.exportGenerator(out, false)) {
        link(g, i, report.alignment(), Links.findings(links.get(i), report.findings()));
      }
      out.write('\n');
    }
  }

  private static void link(JsonGenerator g, int index, Alignment a, List<Finding> findings)
      throws IOException {
    Link l = a.links().get(index);
    g.writeStartObject();
    g.writeNumberField("link", index);
    g.writeStringField("kind", l.kind().id());
    Json.decimal(g, "score", l.score());
    Json.indices(g, "source", l.source());
    Json.indices(g, "target", l.target());
    g.writeStringField("sourceText", Links.text(a.source(), l.source()));
    g.writeStringField("targetText", Links.text(a.target(), l.target()));
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("kind", f.kind().id());
      g.writeStringField("severity", f.severity().id());
      g.writeStringField("message", f.message());
      Json.decimal(g, "confidence", f.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

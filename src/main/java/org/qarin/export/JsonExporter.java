package org.qarin.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Summary;
import org.qarin.model.Version;
import org.qarin.model.WordGaps;

/**
 * The contract's JSON: the documents with their sentences, the links and, for an audit, the
 * findings, the summary and (beyond the contract) the untranslated words of each link.
 */
final class JsonExporter implements Exporter, AlignmentExporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    try (JsonGenerator g = Json.exportGenerator(out, true)) {
      g.writeStartObject();
      alignment(g, report.alignment());
      findings(g, report.findings());
      summary(g, report.summary());
      gaps(g, report.gaps());
      g.writeEndObject();
    }
    out.write('\n');
  }

  @Override
  public void write(Alignment alignment, Writer out) throws IOException {
    try (JsonGenerator g = Json.exportGenerator(out, true)) {
      g.writeStartObject();
      alignment(g, alignment);
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void alignment(JsonGenerator g, Alignment a) throws IOException {
    g.writeStringField("qarin", Version.get());
    document(g, "source", a.source());
    document(g, "target", a.target());
    g.writeArrayFieldStart("links");
    for (Link l : a.links()) {
      g.writeStartObject();
      Json.indices(g, "source", l.source());
      Json.indices(g, "target", l.target());
      g.writeStringField("kind", l.kind().id());
      Json.decimal(g, "score", l.score());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void document(JsonGenerator g, String field, Document d) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("name", d.name());
    g.writeStringField("language", d.language().code());
    g.writeStringField("text", d.text());
    g.writeArrayFieldStart("sentences");
    for (Sentence s : d.sentences()) {
      Json.sentence(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void findings(JsonGenerator g, List<Finding> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("kind", f.kind().id());
      g.writeStringField("severity", f.severity().id());
      Json.indices(g, "source", f.source());
      Json.indices(g, "target", f.target());
      g.writeStringField("message", f.message());
      Json.spans(g, "sourceSpans", f.sourceSpans());
      Json.spans(g, "targetSpans", f.targetSpans());
      Json.decimal(g, "confidence", f.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void summary(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("sourceSentences", s.sourceSentences());
    g.writeNumberField("targetSentences", s.targetSentences());
    Json.decimal(g, "coverage", s.coverage());
    g.writeObjectFieldStart("counts");
    // kind order, not map order, and only kinds that occur, as the contract's example shows
    for (FindingKind k : FindingKind.values()) {
      if (s.count(k) > 0) {
        g.writeNumberField(k.id(), s.count(k));
      }
    }
    g.writeEndObject();
    Json.decimal(g, "sentenceCoverage", s.sentenceCoverage());
    Json.decimal(g, "meanScore", s.meanScore());
    RenderingJson.write(g, "rendering", s.rendering());
    g.writeEndObject();
  }

  private static void gaps(JsonGenerator g, List<WordGaps> gaps) throws IOException {
    g.writeArrayFieldStart("gaps");
    for (WordGaps w : gaps) {
      g.writeStartObject();
      g.writeNumberField("link", w.link());
      Json.spans(g, "source", w.source());
      Json.spans(g, "target", w.target());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}

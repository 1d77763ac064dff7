package org.qarin.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.qarin.match.Match;
import org.qarin.match.MatchResult;
import org.qarin.match.SourceMatches;

/**
 * Writes what {@code qarin match} found, as TSV (a row per match) or JSON (an object per source).
 */
public final class MatchExporter {
  /** The TSV header. */
  public static final List<String> COLUMNS =
      List.of(
          "source", "target", "score", "source_coverage", "target_coverage", "aligned", "verdict");

  private MatchExporter() {}

  /**
   * One row per reported match, by source name and best first; a source with none gets one row with
   * an empty target and the verdict {@code none}.
   */
  public static void writeTsv(MatchResult result, Writer out) throws IOException {
    out.write(String.join("\t", COLUMNS) + "\n");
    for (SourceMatches s : result.sources()) {
      if (s.matches().isEmpty()) {
        out.write(Cells.tsv(s.source()) + "\t\t\t\t\t\tnone\n");
      }
      for (Match m : s.matches()) {
        out.write(
            String.join(
                    "\t",
                    Cells.tsv(m.source()),
                    Cells.tsv(m.target()),
                    Links.decimal(m.score()),
                    Links.decimal(m.sourceCoverage()),
                    Links.decimal(m.targetCoverage()),
                    Integer.toString(m.aligned()),
                    m.verdict().id())
                + "\n");
      }
    }
  }

  /** An array with one object per source: its name, verdict and matches, best first. */
  public static void writeJson(MatchResult result, Writer out) throws IOException {
    try (JsonGenerator g = Json.exportGenerator(out, true)) {
      g.writeStartArray();
      for (SourceMatches s : result.sources()) {
        g.writeStartObject();
        g.writeStringField("source", s.source());
        g.writeStringField("verdict", s.verdict().id());
        g.writeArrayFieldStart("matches");
        for (Match m : s.matches()) {
          match(g, m);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.write("\n");
  }

  private static void match(JsonGenerator g, Match m) throws IOException {
    g.writeStartObject();
    g.writeStringField("target", m.target());
    Json.decimal(g, "score", m.score());
    Json.decimal(g, "sourceCoverage", m.sourceCoverage());
    Json.decimal(g, "targetCoverage", m.targetCoverage());
    g.writeNumberField("aligned", m.aligned());
    g.writeStringField("verdict", m.verdict().id());
    g.writeEndObject();
  }
}

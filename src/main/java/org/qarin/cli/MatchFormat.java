package org.qarin.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.qarin.export.MatchExporter;
import org.qarin.match.MatchResult;

/** The formats of {@code qarin match}. */
enum MatchFormat {
  TSV,
  JSON;

  void write(MatchResult r, Writer w) throws IOException {
    switch (this) {
      case TSV -> MatchExporter.writeTsv(r, w);
      case JSON -> MatchExporter.writeJson(r, w);
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

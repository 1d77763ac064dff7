package org.qarin.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.qarin.align.LinkFile;
import org.qarin.export.Exporters;
import org.qarin.model.Alignment;

/** The formats of {@code qarin align}. */
enum AlignFormat {
  LINKS,
  JSON,
  TSV;

  void write(Alignment a, Writer w) throws IOException {
    if (this == LINKS) {
      w.write(LinkFile.format(a.links()));
    } else {
      Exporters.alignmentOf(toString()).write(a, w);
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import org.qarin.model.Alignment;

/** Writes an alignment without an audit, for {@code qarin align}. */
public interface AlignmentExporter {
  /** Writes the documents' sentences and links in this exporter's format. */
  void write(Alignment alignment, Writer out) throws IOException;
}

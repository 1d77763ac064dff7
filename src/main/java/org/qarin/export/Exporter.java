package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import org.qarin.model.Report;

/** Writes an audit report in one format. Implementations escape all text for their format. */
public interface Exporter {
  void write(Report report, Writer out) throws IOException;
}

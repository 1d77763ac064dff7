package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.Link;
import org.qarin.model.Report;

/** CSV or TSV with one row per link, for spreadsheets: the contract's eight columns. */
final class DelimitedExporter implements Exporter, AlignmentExporter {
  /** The contract's columns, in order. */
  static final List<String> COLUMNS =
      List.of(
          "link",
          "kind",
          "score",
          "source_indices",
          "target_indices",
          "source_text",
          "target_text",
          "findings");

  /** How one format separates and protects its cells. */
  enum Dialect {
    /** RFC 4180 with CRLF row ends, and a BOM so that spreadsheets read the file as UTF-8. */
    CSV(",", "\r\n", "\uFEFF") {
      @Override
      String cell(String text) {
        return Cells.csv(text);
      }
    },
    /** Tab-separated, LF row ends, no quoting. */
    TSV("\t", "\n", "") {
      @Override
      String cell(String text) {
        return Cells.tsv(text);
      }
    };

    private final String separator;
    private final String rowEnd;
    private final String preamble;

    Dialect(String separator, String rowEnd, String preamble) {
      this.separator = separator;
      this.rowEnd = rowEnd;
      this.preamble = preamble;
    }

    abstract String cell(String text);
  }

  private final Dialect dialect;

  DelimitedExporter(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    rows(report.alignment(), report.findings(), out);
  }

  /** Writes the alignment alone: the same columns, with an empty {@code findings} column. */
  @Override
  public void write(Alignment alignment, Writer out) throws IOException {
    rows(alignment, List.of(), out);
  }

  private void rows(Alignment a, List<Finding> findings, Writer out) throws IOException {
    out.write(dialect.preamble);
    row(COLUMNS, out);
    List<Link> links = a.links();
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      row(
          List.of(
              Integer.toString(i),
              l.kind().id(),
              Links.decimal(l.score()),
              Links.indices(l.source()),
              Links.indices(l.target()),
              Links.text(a.source(), l.source()),
              Links.text(a.target(), l.target()),
              findingsCell(Links.findings(l, findings))),
          out);
    }
  }

  private static String findingsCell(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(sb.length() > 0 ? " | " : "").append(f.kind().id()).append(": ");
      sb.append(f.message())
          .append(" (confidence ")
          .append(Links.twoDecimals(f.confidence()))
          .append(')');
    }
    return sb.toString();
  }

  private void row(List<String> cells, Writer out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      out.write(i > 0 ? dialect.separator : "");
      out.write(dialect.cell(cells.get(i)));
    }
    out.write(dialect.rowEnd);
  }
}

package org.qarin.export;

import java.util.List;
import java.util.Locale;

/** The exporters of this package, by format id ({@code json}, {@code tmx}, ...). */
public final class Exporters {
  private static final List<String> FORMATS =
      List.of("json", "jsonl", "tsv", "csv", "tmx", "xliff");
  private static final List<String> ALIGNMENT_FORMATS = List.of("json", "tsv", "csv");

  private Exporters() {}

  /** The ids {@link #of} accepts: {@code json, jsonl, tsv, csv, tmx, xliff}. */
  public static List<String> formats() {
    return FORMATS;
  }

  /** The ids {@link #alignmentOf} accepts: {@code json, tsv, csv}. */
  public static List<String> alignmentFormats() {
    return ALIGNMENT_FORMATS;
  }

  /**
   * The exporter of an audit report in the given format (case-insensitive).
   *
   * @throws IllegalArgumentException for an id not in {@link #formats()}
   */
  public static Exporter of(String formatId) {
    return switch (normalise(formatId)) {
      case "json" -> new JsonExporter();
      case "jsonl" -> new JsonlExporter();
      case "tsv" -> new DelimitedExporter(DelimitedExporter.Dialect.TSV);
      case "csv" -> new DelimitedExporter(DelimitedExporter.Dialect.CSV);
      case "tmx" -> new TmxExporter();
      case "xliff" -> new XliffExporter();
      default -> throw unknown(formatId, FORMATS);
    };
  }

  /**
   * The exporter of an alignment alone (no findings, summary or gaps), for {@code qarin align}.
   *
   * @throws IllegalArgumentException for an id not in {@link #alignmentFormats()}
   */
  public static AlignmentExporter alignmentOf(String formatId) {
    return switch (normalise(formatId)) {
      case "json" -> new JsonExporter();
      case "tsv" -> new DelimitedExporter(DelimitedExporter.Dialect.TSV);
      case "csv" -> new DelimitedExporter(DelimitedExporter.Dialect.CSV);
      default -> throw unknown(formatId, ALIGNMENT_FORMATS);
    };
  }

  private static String normalise(String formatId) {
    return formatId.trim().toLowerCase(Locale.ROOT);
  }

  private static IllegalArgumentException unknown(String formatId, List<String> known) {
    return new IllegalArgumentException(
        "unknown export format '" + formatId + "' (use one of " + String.join(", ", known) + ")");
  }
}

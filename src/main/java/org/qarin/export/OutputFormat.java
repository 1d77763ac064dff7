package org.qarin.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The files {@code qarin audit} writes: each format's id, file extension and exporter. */
public enum OutputFormat {
  HTML("html"),
  JSON("json"),
  TMX("tmx"),
  XLIFF("xlf"),
  TSV("tsv"),
  CSV("csv"),
  JSONL("jsonl");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The id users give to {@code --format}, e.g. {@code xliff}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file extension without its dot, e.g. {@code xlf}. */
  public String extension() {
    return extension;
  }

  /**
   * The output file's name for a base name: {@code statement-ar} gives {@code statement-ar.xlf}.
   */
  public String fileName(String baseName) {
    return baseName + "." + extension;
  }

  /** A new exporter for this format. */
  public Exporter exporter() {
    return this == HTML ? new HtmlReportExporter() : Exporters.of(id());
  }

  /**
   * The format with the given id (case-insensitive).
   *
   * @throws IllegalArgumentException for an unknown id, naming the known ones
   */
  public static OutputFormat fromId(String id) {
    for (OutputFormat f : values()) {
      if (f.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    List<String> ids = Arrays.stream(values()).map(OutputFormat::id).toList();
    throw new IllegalArgumentException(
        "unknown format '" + id + "' (use " + String.join(", ", ids) + ")");
  }

  /** The id, so that help texts and messages show what users type. */
  @Override
  public String toString() {
    return id();
  }
}

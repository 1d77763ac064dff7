package org.qarin.cli;

import org.qarin.model.Rendering;
import org.qarin.pipeline.QarinOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of every command that audits: {@code --min-confidence}, {@code --rendering}. */
final class AuditOptions {
  @Option(
      names = "--min-confidence",
      paramLabel = "C",
      defaultValue = "0",
      converter = Probability.class,
      description =
          "Leave out findings whose confidence is below C, in [0, 1], from every output, from"
              + " --fail-on and from the counts (default: ${DEFAULT-VALUE}, nothing left out).")
  double minConfidence;

  @Option(
      names = "--rendering",
      paramLabel = "SHAPE",
      defaultValue = "auto",
      converter = RenderingChoice.class,
      description =
          "What the translation renders of the source: auto (default: decided from the"
              + " alignment and the headings), whole, or partial (a compilation's section, an article that"
              + " took some paragraphs: what lies outside is reported once per stretch).")
  Rendering.Choice rendering;

  QarinOptions applyTo(QarinOptions options) {
    return options.withMinConfidence(minConfidence).withRendering(rendering);
  }

  /** auto, whole or partial; anything else is a usage error naming the choices. */
  static final class RenderingChoice implements ITypeConverter<Rendering.Choice> {
    @Override
    public Rendering.Choice convert(String value) {
      for (Rendering.Choice c : Rendering.Choice.values()) {
        if (c.id().equals(value.trim().toLowerCase(java.util.Locale.ROOT))) {
          return c;
        }
      }
      throw new TypeConversionException("'" + value + "' is not auto, whole or partial");
    }
  }

  /** A number in [0, 1]; anything else is a usage error. */
  static final class Probability implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double c = Double.parseDouble(value.trim());
        if (c >= 0 && c <= 1) {
          return c;
        }
      } catch (NumberFormatException e) {
        // reported below, like a number out of range
      }
      throw new TypeConversionException("'" + value + "' is not a number from 0 to 1");
    }
  }
}

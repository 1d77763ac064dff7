package org.qarin.cli;

import org.qarin.QarinOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --min-confidence} option of every command that audits. */
final class ConfidenceOption {
  @Option(
      names = "--min-confidence",
      paramLabel = "C",
      defaultValue = "0",
      converter = Probability.class,
      description = "Leave out findings whose confidence is below C, in [0, 1], from every output, from"
          + " --fail-on and from the counts (default: ${DEFAULT-VALUE}, nothing left out).")
  double minConfidence;

  QarinOptions applyTo(QarinOptions options) {
    return options.withMinConfidence(minConfidence);
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

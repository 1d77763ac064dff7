package org.qarin.cli;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One value of {@code --fail-on}: a finding kind ({@code dropped}), a group ({@code number} for
 * number-missing, number-added and number-changed; {@code name}; {@code date}) or {@code any} for
 * every kind. Only warning and critical findings count: an info finding is one whose evidence is
 * too weak to act on, so a pipeline should not fail on it.
 *
 * @param kinds the kinds named
 * @param anySevere whether every warning or critical finding counts
 */
record FailOn(Set<FindingKind> kinds, boolean anySevere) {
  /** The group names and what they stand for, beyond the kinds' own ids. */
  private static final List<String> GROUPS = List.of("number", "name", "date", "any");

  FailOn {
    kinds = Set.copyOf(kinds);
  }

  /** Whether {@code f} is a warning or critical finding this value names. */
  boolean matches(Finding f) {
    return f.severity() != Severity.INFO && (anySevere || kinds.contains(f.kind()));
  }

  /** Whether any of {@code findings} is named by any of {@code values}. */
  static boolean any(Collection<FailOn> values, List<Finding> findings) {
    return findings.stream().anyMatch(f -> values.stream().anyMatch(v -> v.matches(f)));
  }

  /** Parses one value; picocli turns the exception into a usage error (exit 2). */
  static final class Converter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      String id = value.strip().toLowerCase(Locale.ROOT);
      return switch (id) {
        case "number" ->
            of(FindingKind.NUMBER_MISSING, FindingKind.NUMBER_ADDED, FindingKind.NUMBER_CHANGED);
        case "name" -> of(FindingKind.NAME_MISSING, FindingKind.NAME_ADDED);
        case "date" -> of(FindingKind.DATE_CHANGED);
        case "any" -> new FailOn(Set.of(), true);
        default -> kind(value);
      };
    }

    private static FailOn kind(String value) {
      try {
        return of(FindingKind.fromId(value));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "unknown finding kind '"
                + value
                + "' (use a kind such as dropped, added, moved,"
                + " number-changed, or a group: "
                + String.join(", ", GROUPS)
                + ")");
      }
    }

    private static FailOn of(FindingKind first, FindingKind... rest) {
      return new FailOn(EnumSet.of(first, rest), false);
    }
  }
}

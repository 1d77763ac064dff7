package org.qarin.cli;

import java.util.Optional;
import org.qarin.model.Language;

/** The values of {@code --lang}. */
enum LanguageChoice {
  AUTO,
  AR,
  EN;

  Optional<Language> language() {
    return switch (this) {
      case AUTO -> Optional.empty();
      case AR -> Optional.of(Language.AR);
      case EN -> Optional.of(Language.EN);
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

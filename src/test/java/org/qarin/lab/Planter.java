package org.qarin.lab;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content changes the edited benchmark plants in a translation sentence: a name replaced by
 * another name, a negation added or removed, a date changed. Each change needs a sentence pair that
 * allows it (a name or date both sides state, an auxiliary verb to negate), found with {@link
 * SameFacts}, which is independent of qarin's matchers.
 */
final class Planter {
  /** A change of one translation sentence: the new text and what changed, or null. */
  @FunctionalInterface
  interface Change {
    String[] apply(String arabic, String english, Random random);
  }

  /** Names that appear in no data set qarin has seen as a pair, of several origins and lengths. */
  private static final List<String> NAMES =
      List.of(
          "Lindqvist",
          "Okonkwo",
          "Takahashi",
          "Moreau",
          "Kowalski",
          "Fernandes",
          "Novak",
          "Castellano",
          "Petrenko",
          "Ishikawa",
          "Dubois",
          "Andersen",
          "Mbeki",
          "Quiroga",
          "Halvorsen",
          "Zielinski");

  private static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");
  private static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  private static final Pattern YEAR = Pattern.compile("^(1[5-9]\\d\\d|20\\d\\d)$");
  private static final Pattern NEGATED =
      Pattern.compile("\\b(?:not|never)\\b ?|n't\\b|\\bno longer\\b ?");
  private static final Pattern AUXILIARY =
      Pattern.compile(
          "\\b(is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did)\\b (?!not\\b)(?=\\p{Ll})");

  private final SameFacts facts;

  Planter(SameFacts facts) {
    this.facts = facts;
  }

  /** A name both sides state, replaced in the translation by a name neither side has. */
  String[] name(String arabic, String english, Random random) {
    for (SameFacts.Fact f : facts.find(arabic, english)) {
      if (f.kind().equals("name")) {
        String original = english.substring(f.enStart(), f.enEnd());
        String other = NAMES.get(random.nextInt(NAMES.size()));
        if (!english.contains(other)) {
          return new String[] {
            english.substring(0, f.enStart()) + other + english.substring(f.enEnd()),
            original + " -> " + other
          };
        }
      }
    }
    return null;
  }

  /** A month, weekday or year both sides state, changed in the translation. */
  String[] date(String arabic, String english, Random random) {
    for (SameFacts.Fact f : facts.find(arabic, english)) {
      String original = english.substring(f.enStart(), f.enEnd());
      String changed = null;
      if (f.kind().equals("date")) {
        List<String> names = MONTHS.contains(original) ? MONTHS : WEEKDAYS;
        changed =
            names.get(
                (names.indexOf(original) + 1 + random.nextInt(names.size() - 1)) % names.size());
      } else if (f.kind().equals("number") && YEAR.matcher(original).matches()) {
        changed =
            Integer.toString(
                Integer.parseInt(original)
                    + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(9)));
      }
      if (changed != null && !changed.equals(original)) {
        return new String[] {
          english.substring(0, f.enStart()) + changed + english.substring(f.enEnd()),
          original + " -> " + changed
        };
      }
    }
    return null;
  }

  /** The translation's negation removed, or one added after its first auxiliary verb. */
  String[] negation(String arabic, String english, Random random) {
    Matcher n = NEGATED.matcher(english);
    if (n.find()) {
      String before = english.substring(0, n.start());
      // can't, won't and shan't lose more than n't
      before =
          before.endsWith("ca")
              ? before + "n"
              : before.endsWith("wo")
                  ? before.substring(0, before.length() - 2) + "will"
                  : before.endsWith("sha") ? before + "ll" : before;
      return new String[] {
        before + english.substring(n.end()), "negation removed: " + n.group().strip()
      };
    }
    Matcher a = AUXILIARY.matcher(english);
    if (a.find()) {
      return new String[] {
        english.substring(0, a.end()) + "not " + english.substring(a.end()),
        "negation added after " + a.group(1)
      };
    }
    return null;
  }
}

package org.qarin.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qarin.text.Chars;

/**
 * Finds dates and days of the week in Arabic and English: Levantine month names (تشرين الثاني), the
 * Egyptian and Gulf ones (نوفمبر), a few Maghrebi ones, English names, numeric dates (2024/11/30,
 * 30/11/2024, 30-11-2024) and weekday names. Month names that are also common words (May, March,
 * مارس "he practised", آب) count only next to a day or a year.
 */
final class Dates {
  private static final String LEFT = "(?<![\\p{L}\\p{M}\\d])";
  private static final String RIGHT = "(?![\\p{L}\\p{M}\\d])";
  private static final String A = "[اأإآ]";

  /** Month names, by month; {@code !} marks names that need a day or a year beside them. */
  private static final String[][] MONTHS = {
    {"كانون الثاني", "يناير", "جانفي", "January", "!Jan"},
    {"شباط", "فبراير", "فيفري", "February", "!Feb"},
    {A + "ذار", "!مارس", "!March", "!Mar"},
    {"نيسان", A + "بريل", A + "فريل", "April", "!Apr"},
    {A + "يار", "مايو", "!May"},
    {"حزيران", "يونيو", "يوني[هة]", "June", "!Jun"},
    {"تموز", "يوليو", "يولي[هة]", "جويلية", "July", "!Jul"},
    {"!" + A + "ب", A + "غسطس", "!" + A + "وت", "August", "!Aug"},
    {A + "يلول", "سبتمبر", "September", "!Sept?"},
    {"تشرين ال" + A + "ول", A + "كتوبر", "October", "!Oct"},
    {"تشرين الثاني", "نوفمبر", "November", "!Nov"},
    {"كانون ال" + A + "ول", "ديسمبر", "December", "!Dec"},
  };

  private static final String[][] WEEKDAYS = {
    {"!ال" + A + "ثنين", "Monday"},
    {"الثلاثاء", "Tuesday"},
    {"ال" + A + "ربعاء", "Wednesday"},
    {"الخميس", "Thursday"},
    {"الجمع[ةه]", "Friday"},
    {"السبت", "Saturday"},
    {"!ال" + A + "حد", "Sunday"},
  };

  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

  /** An Arabic conjunction or preposition written against a number: و15 مارس, ب2024/11/30. */
  private static final String PROCLITIC = "(?:[وفبل]\\u0640?)?";

  private static final String YEAR = "(\\d{4})";
  private static final String YEAR_AFTER =
      "(?:,?\\s*(?:من\\s+)?(?:(?:عام|العام|سنة)\\s+)?" + YEAR + "(?!\\d))";
  private static final String DAY_BEFORE = "(?:" + PROCLITIC + DAY + "\\s*(?:من\\s+|of\\s+)?)";

  private static final String YMD_REGEX =
      LEFT + PROCLITIC + "(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?![\\d/.\\-]\\d)" + RIGHT;
  private static final String DMY_REGEX =
      LEFT + PROCLITIC + "(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?![\\d/.\\-]\\d)" + RIGHT;

  /** Any calendar date this class recognises, as one non-capturing group. */
  static final String DATE_REGEX =
      "(?:"
          + withoutGroups(textual(false) + "|" + textual(true) + "|" + YMD_REGEX + "|" + DMY_REGEX)
          + ")";

  /** A clock time (12:15, 9:30 pm, 12:15 م), as a regular expression without groups. */
  static final String TIME_REGEX =
      LEFT + "\\d{1,2}:\\d{2}(?:\\s*(?:[صم]|am|pm|a\\.m\\.|p\\.m\\.)" + RIGHT + ")?";

  private static final Pattern STRONG = Pattern.compile(textual(false));
  private static final Pattern WEAK = Pattern.compile(textual(true));
  private static final Pattern YMD = Pattern.compile(YMD_REGEX);
  private static final Pattern DMY = Pattern.compile(DMY_REGEX);
  private static final Pattern WEEKDAY = Pattern.compile(weekdays(false));
  private static final Pattern WEEKDAY_WEAK = Pattern.compile(weekdays(true));

  /**
   * The first words of every month and weekday name, spelled out (character classes and optional
   * letters expanded). Most sentences hold none of them and no digit: a pass over their words
   * spares them the analysis view and the full patterns, which try a day, a proclitic and every
   * name at each position.
   */
  private static final Set<String> NAME_WORDS = nameWords();

  /** The letters a name word, or a proclitic before one, can start with. */
  private static final String FIRST_LETTERS = firstLetters();

  private static final int DIGITS = 1;
  private static final int NAMES = 2;

  private Dates() {}

  /** The dates and weekdays in a sentence, in text order, none overlapping another. */
  static List<DateMention> find(String sentenceText) {
    int clues = clues(sentenceText);
    if (clues == 0) {
      return List.of();
    }
    View v = View.of(sentenceText);
    List<DateMention> found = new ArrayList<>();
    boolean digits = (clues & DIGITS) != 0;
    if (digits) {
      numeric(v, YMD, 3, 2, 1, found);
      numeric(v, DMY, 1, 2, 3, found);
    }
    if ((clues & NAMES) != 0) {
      textual(v, STRONG, false, found);
      if (digits) { // a weak month name counts only beside a day or a year
        textual(v, WEAK, true, found);
      }
      weekdays(v, WEEKDAY, found);
      weekdays(v, WEEKDAY_WEAK, found);
    }
    return withoutOverlaps(found);
  }

  /**
   * Whether a sentence holds a digit ({@link #DIGITS}) or a word that starts a month or weekday
   * name ({@link #NAMES}), read from the original text: the marks the analysis view drops are
   * skipped, and presentation forms, which it folds, count as both, leaving the patterns to decide.
   */
  static int clues(String text) {
    int clues = 0;
    StringBuilder word = new StringBuilder();
    boolean hopeless = false; // the word's first letter starts no name: skip building it
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '\u0621' && c <= '\u064A' && c != '\u0640');
      if (!letter) {
        if (Character.isDigit(c)) {
          clues |= DIGITS;
        } else if (c >= '\uFB50' && c <= '\uFEFF') {
          return DIGITS | NAMES;
        } else if (c == '\u0640'
            || Chars.isArabicDiacritic(c)
            || Character.getType(c) == Character.FORMAT) {
          continue;
        } else {
          letter = Character.isLetter(c);
        }
      }
      if (letter) {
        hopeless |= word.isEmpty() && FIRST_LETTERS.indexOf(c) < 0;
        if (!hopeless) {
          word.append(c);
        }
        continue;
      }
      if (!hopeless && !word.isEmpty() && isNameWord(word.toString())) {
        clues |= NAMES;
      }
      word.setLength(0);
      hopeless = false;
    }
    return clues;
  }

  private static String firstLetters() {
    StringBuilder sb = new StringBuilder("وبلف");
    NAME_WORDS.stream().map(w -> w.charAt(0)).distinct().sorted().forEach(sb::append);
    return sb.toString();
  }

  private static boolean isNameWord(String w) {
    return NAME_WORDS.contains(w)
        || (w.length() > 1
            && "وبلف".indexOf(w.charAt(0)) >= 0
            && NAME_WORDS.contains(w.substring(1)));
  }

  private static Set<String> nameWords() {
    Set<String> words = new HashSet<>();
    for (String[][] table : new String[][][] {MONTHS, WEEKDAYS}) {
      for (String[] alts : table) {
        for (String alt : alts) {
          words.addAll(spellings(alt.replace("!", "").split(" ")[0]));
        }
      }
    }
    return Set.copyOf(words);
  }

  /** The strings a name's pattern matches: its patterns use only {@code [..]} and {@code x?}. */
  static List<String> spellings(String pattern) {
    List<String> out = new ArrayList<>(List.of(""));
    for (int i = 0; i < pattern.length(); i++) {
      List<String> next = new ArrayList<>();
      char c = pattern.charAt(i);
      if (c == '[') {
        int close = pattern.indexOf(']', i);
        for (String prefix : out) {
          for (char alt : pattern.substring(i + 1, close).toCharArray()) {
            next.add(prefix + alt);
          }
        }
        i = close;
      } else if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
        for (String prefix : out) {
          next.add(prefix);
          next.add(prefix + c);
        }
        i++;
      } else {
        for (String prefix : out) {
          next.add(prefix + c);
        }
      }
      out = next;
    }
    return out;
  }

  private static void numeric(View v, Pattern p, int d, int m, int y, List<DateMention> out) {
    Matcher mt = p.matcher(v.text());
    while (mt.find()) {
      int day = Integer.parseInt(mt.group(d));
      int month = Integer.parseInt(mt.group(m));
      if (valid(day, month)) {
        boolean ambiguous = day <= 12 && month <= 12 && day != month;
        out.add(mention(v, mt, day, month, Integer.parseInt(mt.group(y)), 0, ambiguous));
      } else if (valid(month, day)) {
        out.add(mention(v, mt, month, day, Integer.parseInt(mt.group(y)), 0, false));
      }
    }
  }

  private static void textual(View v, Pattern p, boolean weak, List<DateMention> out) {
    Matcher mt = p.matcher(v.text());
    while (mt.find()) {
      int day = parse(mt.group(1), parse(mt.group(mt.groupCount() - 1), 0));
      int year = parse(mt.group(mt.groupCount()), 0);
      int month = monthOf(mt, weak);
      if (month > 0 && (day == 0 || valid(day, month)) && (!weak || day > 0 || year > 0)) {
        out.add(mention(v, mt, day, month, year, 0, false));
      }
    }
  }

  private static void weekdays(View v, Pattern p, List<DateMention> out) {
    Matcher mt = p.matcher(v.text());
    while (mt.find()) {
      for (int g = 1; g <= mt.groupCount(); g++) {
        if (mt.group(g) != null) {
          out.add(mention(v, mt, 0, 0, 0, weekdayOf(mt.group(g)), false));
        }
      }
    }
  }

  /** The month of a match: the first month alternative whose own pattern matches the name. */
  private static int monthOf(Matcher mt, boolean weak) {
    String name = mt.group(2);
    for (int m = 0; m < MONTHS.length; m++) {
      for (String alt : MONTHS[m]) {
        boolean needsNumber = alt.startsWith("!");
        if (needsNumber == weak && name.matches(alt.substring(needsNumber ? 1 : 0))) {
          return m + 1;
        }
      }
    }
    return 0;
  }

  private static int weekdayOf(String name) {
    for (int d = 0; d < WEEKDAYS.length; d++) {
      for (String alt : WEEKDAYS[d]) {
        if (name.matches(alt.replace("!", ""))) {
          return d + 1;
        }
      }
    }
    return 0;
  }

  /**
   * Day, month name, optional day after it (English "November 30"), optional year. Groups: 1 day
   * before, 2 month, 3 day after, 4 year. Weak month names must have a day or a year: the caller
   * checks, since the pattern keeps both optional.
   */
  private static String textual(boolean weak) {
    List<String> names = new ArrayList<>();
    for (String[] month : MONTHS) {
      for (String alt : month) {
        if (alt.startsWith("!") == weak) {
          names.add(alt.replace("!", ""));
        }
      }
    }
    // longest first, so تشرين الثاني is not cut to a shorter alternative
    names.sort(Comparator.comparingInt(String::length).reversed());
    return LEFT
        + DAY_BEFORE
        + "?[وبلف]?("
        + String.join("|", names)
        + ")\\.?"
        + "(?:\\s+"
        + DAY
        + "(?![\\d%:]|[.,]\\d))?"
        + YEAR_AFTER
        + "?"
        + RIGHT;
  }

  /**
   * One group per weekday. The ambiguous Arabic names (الأحد "the one", الاثنين "the two") count
   * only after يوم ("day") or before a date's digits.
   */
  private static String weekdays(boolean weak) {
    List<String> alts = new ArrayList<>();
    for (String[] day : WEEKDAYS) {
      for (String alt : day) {
        if (alt.startsWith("!") == weak) {
          alts.add("(" + alt.replace("!", "") + ")");
        }
      }
    }
    String names = String.join("|", alts);
    return weak
        ? LEFT + "(?:يوم\\s+(?:" + names + ")|[وبلف]?(?:" + names + ")(?=,?\\s*\\d))" + RIGHT
        : LEFT + "[وبلف]?(?:" + names + ")" + RIGHT;
  }

  private static DateMention mention(
      View v, Matcher mt, int day, int month, int year, int weekday, boolean ambiguous) {
    int start = mt.start();
    String t = v.text();
    // a proclitic written against the date's digits (و15 مارس) belongs to the sentence, not the
    // date
    while (start + 1 < mt.end()
        && "وفبل\u0640".indexOf(t.charAt(start)) >= 0
        && (Character.isDigit(t.charAt(start + 1)) || t.charAt(start + 1) == '\u0640')) {
      start++;
    }
    return new DateMention(
        v.toOriginal(start), v.toOriginalEnd(mt.end()), day, month, year, weekday, ambiguous);
  }

  private static boolean valid(int day, int month) {
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }

  private static int parse(String digits, int otherwise) {
    return digits == null ? otherwise : Integer.parseInt(digits);
  }

  private static String withoutGroups(String regex) {
    return regex.replaceAll("\\((?!\\?)", "(?:");
  }

  /** Keeps the longest of overlapping mentions (a weekday beside a date overlaps nothing). */
  private static List<DateMention> withoutOverlaps(List<DateMention> found) {
    List<DateMention> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((DateMention d) -> d.end() - d.start())
            .reversed()
            .thenComparingInt(DateMention::start));
    List<DateMention> kept = new ArrayList<>();
    for (DateMention d : sorted) {
      if (kept.stream().noneMatch(k -> k.start() < d.end() && d.start() < k.end())) {
        kept.add(d);
      }
    }
    kept.sort(Comparator.comparingInt(DateMention::start));
    return kept;
  }
}

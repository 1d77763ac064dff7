package org.qarin.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Numbers;
import org.qarin.lexicon.Token;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Span;

/**
 * Compares the numbers of the two sides of a link by value, whatever the digits (١٢٠٠ and 1,200,
 * ٣٫٥ and 3.5, ٣١،٤٠٧ and 31.407), with a magnitude word folded in (3.5 million is 3500000, and its
 * 3.5 matches a number before a unit holding the magnitude: 3.5 km), percent signs and words taken
 * in (25% is 25 بالمئة), clock times kept whole (12:15) and abbreviated range ends written out
 * (1843–47 ends in 1847). Numbers written out (خمسة عشر, twenty-one, الثالث) confirm numbers in
 * digits nearby but never raise a finding; neither does list numbering. Numbers left over on both
 * sides pair by position as changed numbers; the rest are missing or added, except that a unit
 * conversion (5,200 km (3,230 mi)) needs only one of its two numbers on the other side. Digits
 * inside dates the date check paired are not numbers here.
 */
final class NumberCheck {
  private static final Map<String, String> MAGNITUDES =
      Map.ofEntries(
          Map.entry("thousand", "1000"),
          Map.entry("thousands", "1000"),
          Map.entry("million", "1000000"),
          Map.entry("millions", "1000000"),
          Map.entry("billion", "1000000000"),
          Map.entry("billions", "1000000000"),
          Map.entry("bn", "1000000000"),
          Map.entry("trillion", "1000000000000"),
          Map.entry("الف", "1000"),
          Map.entry("الاف", "1000"),
          Map.entry("مليون", "1000000"),
          Map.entry("مليونا", "1000000"),
          Map.entry("الفا", "1000"),
          Map.entry("مليارا", "1000000000"),
          Map.entry("بليونا", "1000000000"),
          Map.entry("ملايين", "1000000"),
          Map.entry("مليار", "1000000000"),
          Map.entry("مليارات", "1000000000"),
          Map.entry("بليون", "1000000000"),
          Map.entry("تريليون", "1000000000000"));

  /**
   * Points before groups of three digits, which some translations use as thousands marks (42.000,
   * 31.407.552).
   */
  private static final Pattern THOUSANDS_POINT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

  /**
   * What stands between the two numbers of a range: a dash, "to", or Arabic إلى, حتى or the
   * conjunction و (بين 1843 و1847), which the tokens leave before the number.
   */
  private static final Set<String> RANGE_MARKS =
      Set.of("-", "–", "—", "to", "until", "إلى", "الى", "حتى", "و");

  /** Metric prefixes of a thousand and more, spelled out: kilometres, megawatts, teragrams. */
  private static final Pattern UNIT_PREFIX =
      Pattern.compile("(?:kilo|mega|giga|tera|peta|exa)\\p{L}");

  /** Their symbols before a unit's: km, kg, MW, GWh, Tg, Mt. */
  private static final Pattern UNIT_SYMBOL =
      Pattern.compile("[kMGTPE](?:m|g|t|W|Wh|J|B|L|Hz|V|eV)");

  /** The same in Arabic: كيلومتر, ميغاواط, تيراغرام, and the symbols كم and كغ. */
  private static final Pattern ARABIC_UNIT_PREFIX =
      Pattern.compile("(?:كيلو|ميغا|ميجا|جيجا|غيغا|تيرا|بيتا)\\p{L}");

  private static final Set<String> ARABIC_UNITS = Set.of("كم", "كغ", "كجم", "كلم");

  /** A percent sign or words after a number: 25%, ٢٥٪, 25 per cent, 25 بالمئة, 25 في المائة. */
  private static final Pattern PERCENT =
      Pattern.compile(
          "\\s*(?:[%٪]|(?:per ?cent|percent|pct)\\b|(?:في\\s*|ب)ال(?:مئ|مائ|ماي)[ةه](?!\\p{L}))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A unit of measure after a number (km, °F, feet, ميلًا once the view drops its diacritics). */
  private static final String UNIT_WORD =
      "(?:°\\s*[CF]?|[CF]|k?m|cm|mm|mi|miles?|km/h|mph|kph|ft|feet|foot|in|inch(?:es)?|yd|yards?"
          + "|(?:kilo|centi|milli)?met(?:re|er)s?|kg|g|grams?|kilograms?|lbs?|pounds?|oz|ounces?"
          + "|t|tonnes?|tons?|l|litres?|liters?|gal|gallons?|acres?|ha|hectares?|sq|square|knots?"
          + "|كم|كيلومترا?ت?|ميلا?|أميال|اميال|مترا?|أمتار|امتار|قدما?|أقدام|اقدام"
          + "|بوصة|بوصات|إنش|انش"
          + "|سم|ملم|مم|كغ|كجم|كيلوغراما?ت?|غراما?ت?|رطلا?|أرطال|ارطال|طنا?|أطنان|اطنان|لترا?ت?"
          + "|غالونا?ت?|هكتارا?ت?|فدانا?|درجة|درجات)(?![\\p{L}])";

  private static final Pattern UNIT = Pattern.compile("\\s*" + UNIT_WORD);

  /** Words of approximation before a converted value: "(about 38 °C)", "or roughly 1.8 m". */
  private static final String APPROXIMATELY =
      "(?:about|around|roughly|approximately|approx\\.|ca\\.|c\\.|some|nearly"
          + "|حوالي|نحو|قرابة|ما يقارب|تقريبا)";

  /**
   * What stands between a number with its unit and the same quantity in another unit: an opening
   * parenthesis, perhaps with a word of approximation, or "or" with one.
   */
  private static final Pattern CONVERSION =
      Pattern.compile(
          "\\s*"
              + UNIT_WORD
              + "\\.?\\s*(?:\\(\\s*(?:"
              + APPROXIMATELY
              + "\\s*)?|,?\\s+(?:or|أو)\\s+"
              + APPROXIMATELY
              + "\\s*)");

  /** The mark after a list's number: "1." "2)" "(3)" "4-", then a space. */
  private static final Pattern LIST_MARK = Pattern.compile("[.)\\-–](?=\\s)");

  /** How far along the sentence (0 to 1) a number word may stand from the digits it confirms. */
  private static final double WORD_REACH = 0.5;

  private NumberCheck() {}

  /** number-changed, number-missing and number-added findings of one link. */
  static List<Finding> check(Side source, Side target, DateCheck dates) {
    List<NumberMention> s = mentions(source, dates.pairedSource());
    List<NumberMention> t = mentions(target, dates.pairedTarget());
    boolean[] sDone = new boolean[s.size()];
    boolean[] tDone = new boolean[t.size()];
    matchEqual(s, t, sDone, tDone, true);
    matchEqual(s, t, sDone, tDone, false);
    matchEqual(t, s, tDone, sDone, false);
    matchCodes(s, t, sDone, tDone);
    List<NumberMention> sLeft = unmatchedDigits(s, sDone, conversions(s) > conversions(t));
    List<NumberMention> tLeft = unmatchedDigits(t, tDone, conversions(t) > conversions(s));
    List<NumberMention> sCodes = unmatchedCodes(s, sDone);
    List<NumberMention> tCodes = unmatchedCodes(t, tDone);
    // the one number left on each side, a code's digits among them (CG4684 against CG4686, the 2 of
    // "الأنجيوتنسين 2" against ACE6): a changed code is a different flight, gene or product
    if (sLeft.size() + sCodes.size() == 1
        && tLeft.size() + tCodes.size() == 1
        && sCodes.size() + tCodes.size() > 0) {
      NumberMention a = sLeft.isEmpty() ? sCodes.get(0) : sLeft.get(0);
      NumberMention b = tLeft.isEmpty() ? tCodes.get(0) : tLeft.get(0);
      if (!a.sameValue(b)) { // codes confirm but are never matched with each other: equal is fine
        return List.of(changed(source, target, a, b));
      }
      sLeft = sCodes.isEmpty() ? sLeft : List.of();
      tLeft = tCodes.isEmpty() ? tLeft : List.of();
    }
    return report(
        source, target, sLeft, tLeft, PositionPairing.pair(positions(sLeft), positions(tLeft)));
  }

  /**
   * Marks equal values. The first pass pairs digits with digits; the later ones let number words
   * confirm digits, but only near the same place in the sentence, so that the "two" of "the latter
   * two" does not hide a changed 2 at the start.
   */
  private static void matchEqual(
      List<NumberMention> a,
      List<NumberMention> b,
      boolean[] aDone,
      boolean[] bDone,
      boolean digitsOnly) {
    for (int i = 0; i < a.size(); i++) {
      if (aDone[i] || !a.get(i).digits()) {
        continue;
      }
      for (int j = 0; j < b.size() && !aDone[i]; j++) {
        NumberMention x = a.get(i);
        NumberMention y = b.get(j);
        boolean eligible =
            digitsOnly
                ? y.digits()
                : !y.digits() && (y.code() || Math.abs(x.position() - y.position()) <= WORD_REACH);
        if (!bDone[j] && eligible && x.sameValue(y)) {
          aDone[i] = bDone[j] = true;
        }
      }
    }
  }

  /**
   * Pairs the codes both sides write with the same digits (SLC6A19 in both), each with the nearest
   * one along the sentence, so that a code left over is one the other side does not write.
   */
  private static void matchCodes(
      List<NumberMention> a, List<NumberMention> b, boolean[] aDone, boolean[] bDone) {
    for (int i = 0; i < a.size(); i++) {
      if (aDone[i] || !a.get(i).code()) {
        continue;
      }
      int best = -1;
      for (int j = 0; j < b.size(); j++) {
        boolean candidate = !bDone[j] && b.get(j).code() && a.get(i).sameValue(b.get(j));
        if (candidate
            && (best < 0
                || Math.abs(b.get(j).position() - a.get(i).position())
                    < Math.abs(b.get(best).position() - a.get(i).position()))) {
          best = j;
        }
      }
      if (best >= 0) {
        aDone[i] = bDone[best] = true;
      }
    }
  }

  private static List<Finding> report(
      Side source, Side target, List<NumberMention> s, List<NumberMention> t, int[] pairOfSource) {
    List<Finding> out = new ArrayList<>();
    boolean[] tPaired = new boolean[t.size()];
    for (int i = 0; i < s.size(); i++) {
      if (pairOfSource[i] >= 0) {
        tPaired[pairOfSource[i]] = true;
        out.add(changed(source, target, s.get(i), t.get(pairOfSource[i])));
      } else {
        out.add(one(FindingKind.NUMBER_MISSING, source, target, s.get(i), true));
      }
    }
    for (int j = 0; j < t.size(); j++) {
      if (!tPaired[j]) {
        out.add(one(FindingKind.NUMBER_ADDED, source, target, t.get(j), false));
      }
    }
    return out;
  }

  private static Finding changed(Side source, Side target, NumberMention a, NumberMention b) {
    return PairFindings.changed(
        FindingKind.NUMBER_CHANGED,
        source,
        target,
        new Span(a.start(), a.end()),
        new Span(b.start(), b.end()),
        "");
  }

  private static Finding one(
      FindingKind kind, Side source, Side target, NumberMention n, boolean inSource) {
    Side side = inSource ? source : target;
    return PairFindings.oneSided(
        kind,
        source,
        target,
        inSource,
        new Span(n.start(), n.end()),
        side.text(n.start(), n.end()));
  }

  /** The numbers and number words of a side, outside the given date spans. */
  static List<NumberMention> mentions(Side side, List<Span> dates) {
    List<NumberMention> out = new ArrayList<>();
    for (int k = 0; k < side.sentences().size(); k++) {
      sentence(side, k, dates, out);
    }
    return out;
  }

  private static void sentence(Side side, int k, List<Span> dates, List<NumberMention> out) {
    new Reader(side, k, out).read(dates);
  }

  /**
   * Reads the numbers of one sentence in order, remembering the last number in digits: a range end
   * (the 47 of 1843–47) and a conversion (the 3,230 of 5,200 km (3,230 mi)) are read against it.
   */
  private static final class Reader {
    final Side side;
    final String text;
    final int base;
    final List<Token> tokens;
    final List<NumberMention> out;
    Token previous;

    Reader(Side side, int k, List<NumberMention> out) {
      this.side = side;
      this.text = side.sentence(k).text();
      this.base = side.sentence(k).start();
      this.tokens = side.tokens(k);
      this.out = out;
    }

    void read(List<Span> dates) {
      for (int n = 0; n < tokens.size(); n++) {
        Token t = tokens.get(n);
        if (skipped(n, dates)) {
          continue;
        }
        if (n == 0 && isListNumber(text, t, token(n + 1))) {
          // never raises a finding, but confirms the number of a list the other side runs on
          String value = Numbers.canonical(t.text());
          out.add(NumberMention.code(base + t.start(), base + t.end(), value));
        } else if (t.number()) {
          n += number(t, token(n + 1));
          previous = t;
        } else {
          n += words(n);
        }
      }
    }

    /**
     * Adds the number a run of number words starting at token {@code n} spells (three, twenty-one,
     * خمسة عشر), or else the digits inside the word, and returns how many tokens beyond the first
     * the run took. Number words confirm a number on the other side, never raise one.
     */
    private int words(int n) {
      Token t = tokens.get(n);
      Long first = wordValue(t);
      if (first == null) {
        code(side, base, t, out);
        return 0;
      }
      NumberWords.Run run = new NumberWords.Run(first, Words.isArabic(t.text()));
      int m = n;
      for (int j = next(m); j < tokens.size() && joins(tokens.get(m), tokens.get(j)); j = next(m)) {
        if (!run.add(wordValue(tokens.get(j)))) {
          break;
        }
        m = j;
      }
      int end = base + tokens.get(m).end();
      out.add(mention(side, base + t.start(), end, Long.toString(run.value()), false));
      return m - n;
    }

    /** Whether token {@code n} is a percentage's word or in a date. */
    private boolean skipped(int n, List<Span> dates) {
      Token t = tokens.get(n);
      boolean taken = !out.isEmpty() && base + t.start() < out.get(out.size() - 1).end();
      return taken || inside(dates, base + t.start());
    }

    private Token token(int i) {
      return i < tokens.size() ? tokens.get(i) : null;
    }

    /** The token after {@code m}, or the one after that when a separate "and" or و comes first. */
    private int next(int m) {
      int j = m + 1;
      boolean and = j + 1 < tokens.size() && List.of("and", "و").contains(tokens.get(j).text());
      return and ? j + 1 : j;
    }

    /** Whether only a space, a hyphen, "and" or a separate و stands between two words. */
    private boolean joins(Token a, Token b) {
      String between = text.substring(a.end(), b.start()).strip();
      return between.isEmpty() || List.of("-", "and", "و").contains(between);
    }

    /**
     * Adds the number that starts at {@code t}: a clock time or a number with its magnitude word
     * (both take the next token too, and the method returns 1), or a plain number (0).
     */
    private int number(Token t, Token next) {
      int start = base + t.start();
      if (next != null && next.number() && isTime(text, t, next)) {
        out.add(mention(side, start, base + next.end(), time(t, next), true));
        return 1;
      }
      String value = Numbers.canonical(t.text());
      boolean follows = next != null && !next.number() && adjacent(text, t, next);
      if (follows && magnitude(next) != null && !inName(text, t)) {
        String scaled = scaled(value, magnitude(next));
        int end = base + next.end();
        out.add(NumberMention.digits(start, end, scaled, side.position(start)).withMantissa(value));
        return 1;
      }
      plain(t, value, follows && isScaledUnit(next.text()));
      return 0;
    }

    /**
     * A number without magnitude word, with its percent sign, read as the end of a range or as a
     * conversion of the number before it if it is one.
     */
    private void plain(Token t, String value, boolean unit) {
      int start = base + t.start();
      int end = base + percentEnd(text, t.end());
      Token from = rangeStart(t);
      String full = from == null ? null : rangeEnd(Numbers.canonical(from.text()), value);
      String alternative = full != null ? value : thousandsPoint(t);
      out.add(
          NumberMention.digits(start, end, full != null ? full : value, side.position(start))
              .withAlternative(alternative)
              .withUnit(unit)
              .withConversion(converts(t)));
    }

    /**
     * Whether {@code t} gives the number before it in another unit: "5,200 km (3,230 mi)", "100 °F
     * (38 °C)", "6 feet or about 1.8 m". Both numbers need a unit, so that a count in parentheses
     * after another ("40 cases (12 deaths)") stays a number.
     */
    private boolean converts(Token t) {
      if (previous == null) {
        return false;
      }
      String between = View.of(text.substring(previous.end(), t.start())).text();
      if (!CONVERSION.matcher(between).matches()) {
        return false;
      }
      String after = text.substring(t.end(), Math.min(text.length(), t.end() + 30));
      return UNIT.matcher(View.of(after).text()).lookingAt();
    }

    /** The start of the range {@code t} ends (the 1843 of 1843–47), or null. */
    private Token rangeStart(Token t) {
      if (previous == null) {
        return null;
      }
      String between = text.substring(previous.end(), t.start()).strip();
      return RANGE_MARKS.contains(between) ? previous : null;
    }
  }

  /** Digits written against a word with a hyphen: the 2 of SARS-CoV-2 or كوف-2, part of a name. */
  private static boolean inName(String text, Token t) {
    int i = t.start();
    return i >= 2 && text.charAt(i - 1) == '-' && Character.isLetter(text.charAt(i - 2));
  }

  /**
   * A unit that holds a magnitude of its own (teragrams, km, MW, كيلومتر, ميغاواط), which a
   * translation may render with a magnitude word instead (12 trillion grams, 5 آلاف متر).
   */
  private static boolean isScaledUnit(String word) {
    if (Words.isArabic(word)) {
      String n = ArabicTerms.normalize(word).replaceFirst("^ال", "");
      return ARABIC_UNITS.contains(n) || ARABIC_UNIT_PREFIX.matcher(n).lookingAt();
    }
    return UNIT_SYMBOL.matcher(word).matches()
        || UNIT_PREFIX.matcher(EnglishTerms.lower(word)).lookingAt();
  }

  /** 42.000 read the German way, as 42000; null for other numbers. */
  private static String thousandsPoint(Token t) {
    return THOUSANDS_POINT.matcher(View.of(t.text()).text()).matches()
        ? Numbers.canonical(t.text().replace(".", ""))
        : null;
  }

  /**
   * The full end of an abbreviated range: 1843–47 is 1843 to 1847 and 1912–3 is 1912 to 1913, the
   * end taking the start's leading digits. Null when {@code end} is not shorter than {@code start}
   * or the range would run backwards; the end as written stays its alternative, since a و between
   * numbers may be a plain "and" (2003 و47 شخصًا: 2003 and 47 people).
   */
  private static String rangeEnd(String start, String end) {
    if (!start.matches("\\d{3,}") || !end.matches("\\d+") || end.length() >= start.length()) {
      return null;
    }
    String full = start.substring(0, start.length() - end.length()) + end;
    return Long.parseLong(full) > Long.parseLong(start) ? full : null;
  }

  /** The digits inside a word (ACE2, which Arabic writes "أيه سي إي 2"), which confirm a number. */
  private static void code(Side side, int base, Token t, List<NumberMention> out) {
    for (Token d : Tokens.digitsInside(t)) {
      int start = base + d.start();
      String value = Numbers.canonical(d.text());
      out.add(NumberMention.code(start, base + d.end(), value));
    }
  }

  /** The value of a number word (three, ثلاثة, الثالث, million), or null. */
  private static Long wordValue(Token t) {
    if (t.number()) {
      return null;
    }
    String form = normalForm(t.text());
    Long v = NumberWords.value(form);
    return v != null || !MAGNITUDES.containsKey(form) ? v : Long.valueOf(MAGNITUDES.get(form));
  }

  private static NumberMention mention(
      Side side, int start, int end, String value, boolean digits) {
    double position = side.position(start);
    return digits
        ? NumberMention.digits(start, end, value, position)
        : NumberMention.word(start, end, value, position);
  }

  /**
   * Numbering opening a sentence, which translations often drop: a list's "1.", "2)", "(3)" or
   * "4-", or a section number (3.2, 3.2.1) before a heading's first word. A decimal before a
   * magnitude word, a unit or a percent sign (2.5 مليون, 1.5 km) is a quantity.
   */
  private static boolean isListNumber(String text, Token t, Token next) {
    String before = text.substring(0, t.start()).strip();
    if (!t.number() || !(before.isEmpty() || before.equals("("))) {
      return false;
    }
    String after = text.substring(t.end());
    return LIST_MARK.matcher(after).lookingAt() || isSectionNumber(t, next, after);
  }

  private static boolean isSectionNumber(Token t, Token next, String after) {
    return View.of(t.text()).text().matches("\\d+(?:\\.\\d+)+")
        && next != null
        && !next.number()
        && magnitude(next) == null
        && !isScaledUnit(next.text())
        && !UNIT.matcher(after).lookingAt()
        && percentEnd(after, 0) == 0;
  }

  private static boolean isTime(String text, Token h, Token m) {
    return m.start() == h.end() + 1
        && text.charAt(h.end()) == ':'
        && h.text().length() <= 2
        && m.text().length() == 2;
  }

  private static String time(Token h, Token m) {
    return Integer.parseInt(Numbers.canonical(h.text())) + ":" + Numbers.canonical(m.text());
  }

  private static String magnitude(Token t) {
    return t.number() ? null : MAGNITUDES.get(normalForm(t.text()));
  }

  /** Only white space (or the + of "$300+ billion") between a number and its magnitude word. */
  private static boolean adjacent(String text, Token a, Token b) {
    return text.substring(a.end(), b.start()).matches("\\+?\\s*");
  }

  private static String scaled(String value, String magnitude) {
    try {
      return new BigDecimal(value)
          .multiply(new BigDecimal(magnitude))
          .stripTrailingZeros()
          .toPlainString();
    } catch (NumberFormatException e) {
      return value; // not a plain decimal (1.2.3): compare as written
    }
  }

  /**
   * The end of a number with its percent sign or words included ("60%", "60 ٪", "60 per cent", "60
   * بالمئة", "60 في المائة"): they are one percentage, and the مئة of بالمئة is no hundred.
   */
  private static int percentEnd(String text, int end) {
    Matcher m = PERCENT.matcher(text).region(end, text.length());
    return m.lookingAt() ? m.end() : end;
  }

  /**
   * The form number words are looked up by: English in lower case; Arabic normalised (بليون, whose
   * ب is no preposition) or else without its proclitics (والمليون).
   */
  private static String normalForm(String word) {
    if (!Words.isArabic(word)) {
      return EnglishTerms.lower(word);
    }
    ArabicTerms.Forms forms = ArabicTerms.forms(word);
    String n = forms.normalized();
    if (MAGNITUDES.containsKey(n) || NumberWords.value(n) != null) {
      return n;
    }
    String light = forms.lightKey();
    return light == null ? n : light;
  }

  private static boolean inside(List<Span> spans, int offset) {
    for (Span s : spans) {
      if (offset >= s.start() && offset < s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The numbers in digits left unmatched, without conversions if the side gives conversions the
   * other does not: of a number and its conversion, the other side then needs only one, and a
   * changed number is reported once, not again through its conversion. Where both sides give them,
   * a changed conversion is a changed number.
   */
  private static List<NumberMention> unmatchedDigits(
      List<NumberMention> all, boolean[] done, boolean conversionsExtra) {
    List<NumberMention> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      boolean converted = i + 1 < all.size() && all.get(i + 1).conversion() && done[i + 1];
      boolean extra = conversionsExtra && (all.get(i).conversion() || converted);
      if (!done[i] && all.get(i).digits() && !extra) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  private static List<NumberMention> unmatchedCodes(List<NumberMention> all, boolean[] done) {
    List<NumberMention> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!done[i] && all.get(i).code()) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  private static long conversions(List<NumberMention> all) {
    return all.stream().filter(NumberMention::conversion).count();
  }

  private static double[] positions(List<NumberMention> ns) {
    return ns.stream().mapToDouble(NumberMention::position).toArray();
  }
}

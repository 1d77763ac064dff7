package org.qarin.lab;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts a sentence and its translation both state: the same number, the same month or
 * weekday, the same name. Deliberately simple and independent of qarin's own matchers (its own
 * digit table, its own regular expressions, the name lists of {@code names-ar-en} instead of
 * qarin's skeletons), so that it can judge them: a fact that both sides state should never be
 * flagged.
 */
final class SameFacts {
  /** A fact both sides state: its kind and value, and its span in each sentence. */
  record Fact(String kind, String value, int arStart, int arEnd, int enStart, int enEnd) {}

  private static final Pattern EN_NUMBER =
      Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?!\\d)");
  private static final Pattern AR_NUMBER =
      Pattern.compile("(?<![\\d.,٫])(\\d{1,3}(?:[,،٬]\\d{3})+|\\d+)([.٫]\\d+)?(?!\\d)");
  private static final Pattern EN_WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
  private static final Pattern AR_WORD =
      Pattern.compile("[\\p{InArabic}&&\\p{L}][\\p{InArabic}&&[\\p{L}\\p{M}]]*");
  private static final String[] AR_PREFIXES = {
    "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"
  };

  private static final String[][] MONTHS = {
    {"january", "يناير", "كانون الثاني"},
    {"february", "فبراير", "شباط"},
    {"march", "مارس", "اذار"},
    {"april", "ابريل", "نيسان"},
    {"may", "مايو", "ايار"},
    {"june", "يونيو", "يونيه", "حزيران"},
    {"july", "يوليو", "يوليه", "تموز"},
    {"august", "اغسطس", "اب"},
    {"september", "سبتمبر", "ايلول"},
    {"october", "اكتوبر", "تشرين الاول"},
    {"november", "نوفمبر", "تشرين الثاني"},
    {"december", "ديسمبر", "كانون الاول"},
    {"monday", "الاثنين"},
    {"tuesday", "الثلاثاء"},
    {"wednesday", "الاربعاء"},
    {"thursday", "الخميس"},
    {"friday", "الجمعه"},
    {"saturday", "السبت"},
    {"sunday", "الاحد"},
  };

  private final Map<String, Set<String>> names;

  private SameFacts(Map<String, Set<String>> names) {
    this.names = names;
  }

  /** An extractor whose names come from {@code names-ar-en} under {@code data}. */
  static SameFacts load(Path data) throws IOException {
    Map<String, Set<String>> names = new HashMap<>();
    Path dir = data.resolve("names-ar-en");
    for (String file :
        List.of("wikidata-person-name-words.tsv", "google-ar2en-names.tsv", "cldr-names.tsv")) {
      for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length == 2 && f[1].matches("\\p{L}{3,}") && !f[0].contains(" ")) {
          names
              .computeIfAbsent(f[1].toLowerCase(Locale.ROOT), k -> new HashSet<>())
              .add(stem(normalize(f[0])));
        }
      }
    }
    return new SameFacts(names);
  }

  /** The facts an Arabic sentence and its English translation both state. */
  List<Fact> find(String arabic, String english) {
    List<Fact> out = new ArrayList<>();
    numbers(arabic, english, out);
    dates(arabic, english, out);
    names(arabic, english, out);
    return out;
  }

  private static void numbers(String arabic, String english, List<Fact> out) {
    List<int[]> enSpans = new ArrayList<>();
    List<String> enValues = new ArrayList<>();
    Matcher m = EN_NUMBER.matcher(english);
    while (m.find()) {
      enSpans.add(new int[] {m.start(), m.end()});
      enValues.add(value(m.group()));
    }
    boolean[] used = new boolean[enValues.size()];
    Matcher a = AR_NUMBER.matcher(westernDigits(arabic));
    while (a.find()) {
      int k = firstUnused(enValues, used, value(a.group()));
      if (k >= 0) {
        used[k] = true;
        out.add(
            new Fact(
                "number",
                enValues.get(k),
                a.start(),
                a.end(),
                enSpans.get(k)[0],
                enSpans.get(k)[1]));
      }
    }
  }

  private static int firstUnused(List<String> values, boolean[] used, String value) {
    for (int k = 0; k < values.size(); k++) {
      if (!used[k] && values.get(k).equals(value)) {
        return k;
      }
    }
    return -1;
  }

  private static String value(String digits) {
    String plain = digits.replaceAll("[,،٬]", "").replace('٫', '.');
    return new BigDecimal(plain).stripTrailingZeros().toPlainString();
  }

  private static void dates(String arabic, String english, List<Fact> out) {
    // normalise the Arabic letter by letter, remembering where each kept letter came from
    StringBuilder ar = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < arabic.length(); i++) {
      String n = normalize(String.valueOf(arabic.charAt(i)));
      if (!n.isEmpty()) {
        ar.append(n);
        origin.add(i);
      }
    }
    for (String[] month : MONTHS) {
      // capitalised only: "may" is mostly the verb
      Matcher em =
          Pattern.compile(
                  "\\b" + Character.toUpperCase(month[0].charAt(0)) + month[0].substring(1) + "\\b")
              .matcher(english);
      int e = em.find() ? em.start() : -1;
      for (int k = 1; k < month.length && e >= 0; k++) {
        int a = wordIndex(ar.toString(), month[k]);
        if (a >= 0) {
          int end = origin.get(a + month[k].length() - 1) + 1;
          out.add(new Fact("date", month[0], origin.get(a), end, e, e + month[0].length()));
          break;
        }
      }
    }
  }

  /**
   * Where {@code word} stands in {@code text} as a whole word (Arabic: after a prefix too), or -1.
   */
  private static int wordIndex(String text, String word) {
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{M}])(?:[وفب]?ال|[وفبل])?(" + word + ")(?![\\p{L}\\p{M}])")
            .matcher(text);
    return m.find() ? m.start(1) : -1;
  }

  /** Capitalised English words after the first that a name list pairs with a word of the Arabic. */
  private void names(String arabic, String english, List<Fact> out) {
    List<int[]> arWords = new ArrayList<>();
    List<String> arKeys = new ArrayList<>();
    Matcher a = AR_WORD.matcher(arabic);
    while (a.find()) {
      arWords.add(new int[] {a.start(), a.end()});
      arKeys.add(normalize(a.group()));
    }
    boolean[] used = new boolean[arKeys.size()];
    Matcher e = EN_WORD.matcher(english);
    while (e.find()) {
      String w = e.group();
      boolean candidate =
          !sentenceStart(english, e.start())
              && Character.isUpperCase(w.charAt(0))
              && w.length() >= 3;
      Set<String> forms = candidate ? names.get(w.toLowerCase(Locale.ROOT)) : null;
      int k = forms == null ? -1 : find(arKeys, used, forms);
      if (k >= 0) {
        used[k] = true;
        out.add(new Fact("name", w, arWords.get(k)[0], arWords.get(k)[1], e.start(), e.end()));
      }
    }
  }

  /** Whether a word starts a sentence or a quotation, where any word is capitalised. */
  private static boolean sentenceStart(String text, int at) {
    int k = at - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || "\"“‘'(".indexOf(text.charAt(k)) >= 0)) {
      k--;
    }
    return k < 0 || ".!?:;".indexOf(text.charAt(k)) >= 0;
  }

  private static int find(List<String> arKeys, boolean[] used, Set<String> forms) {
    for (int k = 0; k < arKeys.size(); k++) {
      if (!used[k] && (forms.contains(arKeys.get(k)) || forms.contains(stem(arKeys.get(k))))) {
        return k;
      }
    }
    return -1;
  }

  /** The word without one prefix of conjunction, preposition or article, if enough is left. */
  private static String stem(String word) {
    for (String p : AR_PREFIXES) {
      if (word.startsWith(p) && word.length() - p.length() >= 3) {
        return word.substring(p.length());
      }
    }
    return word;
  }

  /** Arabic without diacritics and tatweel, with alef, yeh and teh marbuta unified. */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
        case 'ى' -> sb.append('ي');
        case 'ة' -> sb.append('ه');
        default -> sb.append(c);
      }
    }
    return sb.toString().replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "");
  }

  private static String westernDigits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(
          c >= '٠' && c <= '٩'
              ? (char) ('0' + c - '٠')
              : c >= '۰' && c <= '۹' ? (char) ('0' + c - '۰') : c);
    }
    return sb.toString();
  }
}

package org.qarin.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.qarin.lexicon.Tokenizer;
import org.qarin.model.Document;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/**
 * Recognises page furniture (captions, bylines, datelines, related-article lists, section labels,
 * newsroom disclaimers) with the rules of {@code boilerplate-ar.txt} and {@code boilerplate-en.txt}
 * beside this class. Immutable and thread-safe; the rules load once.
 */
final class Boilerplate {
  private static final Boilerplate ARABIC = load(Language.AR);
  private static final Boilerplate ENGLISH = load(Language.EN);

  private final List<Rule> rules;

  /** One line of a rule file. */
  record Rule(Furniture kind, Where where, int maxWords, Pattern pattern) {}

  /** Where a rule's sentence may stand. */
  enum Where {
    ANY,
    LINE,
    HEADING
  }

  Boilerplate(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules for a language. */
  static Boilerplate of(Language language) {
    return language == Language.AR ? ARABIC : ENGLISH;
  }

  List<Rule> rules() {
    return rules;
  }

  /**
   * The furniture kind of every sentence of {@code doc} (null for article text). A heading rule
   * also claims the short whole lines after it, up to the first line that is not one.
   */
  Furniture[] classify(Document doc) {
    Furniture[] kinds = new Furniture[doc.size()];
    boolean inList = false;
    for (Sentence s : doc.sentences()) {
      boolean line = isWholeLine(doc.text(), s);
      int words = Tokenizer.tokenize(s.text()).size();
      String text = View.of(s.text()).text().strip();
      Rule rule = match(text, line, words);
      if (rule != null) {
        kinds[s.index()] = rule.kind();
        inList = rule.where() == Where.HEADING || (inList && line);
      } else if (inList && line && words <= maxListWords() && !endsSentence(text)) {
        kinds[s.index()] = Furniture.RELATED;
      } else {
        inList = false;
      }
    }
    return kinds;
  }

  /** The first rule that matches a sentence's folded text, or null. */
  Rule match(String text, boolean wholeLine, int words) {
    for (Rule r : rules) {
      boolean placed = r.where() == Where.ANY || (wholeLine && words <= r.maxWords());
      if (placed && r.pattern().matcher(text).find()) {
        return r;
      }
    }
    return null;
  }

  private int maxListWords() {
    return rules.stream()
        .filter(r -> r.where() == Where.HEADING)
        .mapToInt(Rule::maxWords)
        .max()
        .orElse(0);
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && ".!?؟…".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** Whether only white space stands between the sentence and the line breaks around it. */
  static boolean isWholeLine(String text, Sentence s) {
    for (int i = s.start() - 1; i >= 0 && !isLineBreak(text.charAt(i)); i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    for (int i = s.end(); i < text.length() && !isLineBreak(text.charAt(i)); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static Boilerplate load(Language language) {
    String name = "boilerplate-" + language.code() + ".txt";
    try (InputStream in = Boilerplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a rule file.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed rule
   */
  static Boilerplate parse(String name, String text) {
    List<Rule> rules = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        rules.add(rule(name + ":" + (n + 1), lines[n]));
      }
    }
    return new Boilerplate(rules);
  }

  private static Rule rule(String where, String line) {
    String[] f = line.split("\t", 3);
    if (f.length != 3) {
      throw new IllegalArgumentException(
          where + ": expected KIND, WHERE and PATTERN split by tabs");
    }
    try {
      Furniture kind = Furniture.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
      String[] w = f[1].strip().split("<=", 2);
      Where place = Where.valueOf(w[0].toUpperCase(Locale.ROOT));
      int max = w.length == 2 ? Integer.parseInt(w[1]) : Integer.MAX_VALUE;
      String regex =
          f[2].strip().replace("{date}", Dates.DATE_REGEX).replace("{time}", Dates.TIME_REGEX);
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      return new Rule(kind, place, max, Pattern.compile(regex, flags));
    } catch (IllegalArgumentException e) { // also PatternSyntaxException
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }
}

package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qarin.lexicon.Token;
import org.qarin.lexicon.Tokenizer;

/**
 * The tokens of a text as the audit reads them: {@link Tokenizer}'s, except that a number written
 * against an Arabic conjunction or preposition (و60, ب2020, لـ19) is a number, and so is a number
 * whose thousands are marked with the Arabic comma (٣١،٤٠٧،٥٥٢). The tokenizer keeps such digits
 * inside the word, as it rightly keeps those of M4 or COVID19, and ends a number at the Arabic
 * comma, which also separates the numbers of a list.
 */
final class Tokens {
  private static final Pattern PROCLITIC_NUMBER =
      Pattern.compile("([وفبلك]{1,2}\\u0640?)\\p{Nd}+$");

  private Tokens() {}

  /** The tokens of {@code text}, in order. */
  static List<Token> of(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Token> out = new ArrayList<>(tokens.size());
    int skipUntil = 0;
    for (Token t : tokens) {
      if (t.start() < skipUntil) {
        continue; // part of a number rebuilt below (the 112 of و2,112)
      }
      boolean proclitic = !t.number() && "وفبلك".indexOf(t.text().charAt(0)) >= 0;
      Matcher m = proclitic ? PROCLITIC_NUMBER.matcher(t.text()) : null;
      if (m != null && m.lookingAt()) {
        // the tokenizer stopped the word at the first mark: read the whole number again
        Token n = Tokenizer.tokenize(text.substring(t.start() + m.end(1))).get(0);
        int start = t.start() + m.end(1);
        out.add(new Token(n.text(), start, start + n.end(), true));
        skipUntil = start + n.end();
      } else {
        out.add(t);
      }
    }
    return withArabicThousands(text, out);
  }

  /**
   * The tokens with numbers joined across an Arabic comma written before exactly three digits
   * (٣١،٤٠٧،٥٥٢ is 31,407,552); any other comma separates a list (3،4 و5 is 3, 4 and 5).
   */
  private static List<Token> withArabicThousands(String text, List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Token last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.number() && isThousands(text, last, t)) {
        String joined = text.substring(last.start(), t.end());
        out.set(out.size() - 1, new Token(joined, last.start(), t.end(), true));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean isThousands(String text, Token last, Token t) {
    return t.number()
        && t.start() == last.end() + 1
        && text.charAt(last.end()) == '\u060C'
        && t.text().length() == 3
        && t.text().chars().allMatch(Character::isDigit);
  }

  /** The runs of digits inside a word such as ACE2 or H1N1, as number tokens. */
  static List<Token> digitsInside(Token word) {
    List<Token> out = new ArrayList<>();
    String s = word.text();
    int i = 0;
    while (i < s.length()) {
      if (Character.isDigit(s.charAt(i))) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        out.add(new Token(s.substring(i, j), word.start() + i, word.start() + j, true));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }
}

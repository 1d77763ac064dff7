package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import org.qarin.lexicon.Tokenizer;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Severity;
import org.qarin.model.Span;

/**
 * Quoted speech on one side of a link only: a translation that turns a quotation into reported
 * speech, or puts words in quotation marks that the source does not. Only quotations of at least
 * {@value #MIN_WORDS} words count, since Arabic news puts names and slogans in quotation marks
 * (“الإنقاذ”) that English writes plain. A quotation may open in one sentence and close in a later
 * one; an unclosed mark runs to the end of its sentence, an unopened one from its start.
 */
final class QuoteCheck {
  static final int MIN_WORDS = 4;
  private static final String OPENING = "“«„‹";
  private static final String CLOSING = "”»‟›";

  private QuoteCheck() {}

  /** A quote-mismatch finding, or none. */
  static List<Finding> check(Side source, Side target) {
    List<Span> s = quotations(source);
    List<Span> t = quotations(target);
    if (s.isEmpty() == t.isEmpty()) {
      return List.of();
    }
    boolean inSource = !s.isEmpty();
    String message =
        inSource
            ? "The source quotes speech that the translation does not put in quotation marks"
            : "The translation puts words in quotation marks that the source does not quote";
    return List.of(
        new Finding(
            FindingKind.QUOTE_MISMATCH,
            Severity.INFO,
            source.sentences(),
            target.sentences(),
            message,
            inSource ? s : List.of(),
            inSource ? List.of() : t));
  }

  /** The quotations of a side long enough to be speech, as document spans. */
  static List<Span> quotations(Side side) {
    List<Span> out = new ArrayList<>();
    for (int k = 0; k < side.sentences().size(); k++) {
      String text = side.sentence(k).text();
      int base = side.sentence(k).start();
      for (int[] q : spans(text)) {
        if (Tokenizer.tokenize(text.substring(q[0], q[1])).size() >= MIN_WORDS) {
          out.add(new Span(base + q[0], base + q[1]));
        }
      }
    }
    return out;
  }

  /**
   * Quoted ranges of one sentence, marks included. A mark closes an open quotation; otherwise a
   * mark followed by a letter opens one (so the Arabic habit of ”…” and straight quotes work), and
   * a first mark followed by a space or punctuation closes a quotation that began in an earlier
   * sentence.
   */
  private static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    boolean first = true;
    for (int i = 0; i < text.length(); i++) {
      if (!isQuoteMark(text.charAt(i))) {
        continue;
      }
      boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
      if (open >= 0 || (first && !beforeWord)) {
        out.add(new int[] {Math.max(open, 0), i + 1});
        open = -1;
      } else {
        open = i;
      }
      first = false;
    }
    if (open >= 0) {
      out.add(new int[] {open, text.length()});
    }
    return out;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0;
  }
}

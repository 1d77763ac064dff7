package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Token;
import org.qarin.lexicon.Tokenizer;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Severity;
import org.qarin.model.Span;

/**
 * Negation on one side of a link only. Clear markers (لا لم لن ليس عدم بلا بدون; not, n't, no,
 * never, neither, nor, without, none, cannot) raise a finding when the other side has no marker at
 * all; ambiguous ones (ما "what/which/not", غير "non-/other than", دون "without/below"; non, lack,
 * absence, failure, unable) only confirm a negation, never raise one. Idioms that negate nothing
 * are left out: لا يزال and ما زال ("still"), لا سيما ("especially"), and a negation that إلا turns
 * into "only" (لا تصلها المياه إلا مرة: water reaches them only once).
 */
final class NegationCheck {
  private static final Set<String> ARABIC_CLEAR =
      normalized(
          "لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "لستم", "عدم", "بلا", "بدون");
  private static final Set<String> ARABIC_WEAK = normalized("ما", "غير", "دون", "لما");
  private static final Set<String> ARABIC_STILL =
      normalized(
          "يزال", "تزال", "يزالون", "تزالان", "يزالان", "زال", "زالت", "زالوا", "يزل", "تزل",
          "نزال", "ازال", "سيما");
  private static final Set<String> ENGLISH_CLEAR =
      Set.of(
          "not", "no", "never", "neither", "nor", "without", "none", "cannot", "nothing", "nobody",
          "nowhere");
  private static final Set<String> ENGLISH_WEAK =
      Set.of(
          "non", "lack", "lacks", "lacked", "lacking", "absence", "failure", "failed", "fail",
          "unable", "refused", "refuse", "refuses", "denied", "denies", "deny");

  private NegationCheck() {}

  /** A negation-mismatch finding, or none. */
  static List<Finding> check(Side source, Side target) {
    Markers s = markers(source);
    Markers t = markers(target);
    if (!s.clear.isEmpty() && t.none()) {
      return List.of(finding(source, target, s.clear, true));
    }
    if (!t.clear.isEmpty() && s.none()) {
      return List.of(finding(source, target, t.clear, false));
    }
    return List.of();
  }

  private static Finding finding(Side source, Side target, List<Span> spans, boolean inSource) {
    Side side = inSource ? source : target;
    String words =
        String.join(", ", spans.stream().map(sp -> side.text(sp.start(), sp.end())).toList());
    String message =
        inSource
            ? "The source is negated (" + words + ") but the translation is not"
            : "The translation is negated (" + words + ") but the source is not";
    return new Finding(
        FindingKind.NEGATION_MISMATCH,
        Severity.WARNING,
        source.sentences(),
        target.sentences(),
        message,
        inSource ? spans : List.of(),
        inSource ? List.of() : spans);
  }

  /** The negation markers of a side: clear ones with their spans, and whether weak ones occur. */
  private static final class Markers {
    final List<Span> clear = new ArrayList<>();
    boolean weak;

    boolean none() {
      return clear.isEmpty() && !weak;
    }
  }

  private static Markers markers(Side side) {
    Markers m = new Markers();
    for (int k = 0; k < side.sentences().size(); k++) {
      int base = side.sentence(k).start();
      List<Token> tokens = words(side.sentence(k).text());
      if (side.language() == Language.AR) {
        arabic(tokens, base, m);
      } else {
        english(tokens, base, m);
      }
    }
    return m;
  }

  private static void arabic(List<Token> tokens, int base, Markers m) {
    List<Span> clear = new ArrayList<>();
    for (int n = 0; n < tokens.size(); n++) {
      String w = particle(tokens.get(n).text());
      String next = n + 1 < tokens.size() ? ArabicTerms.normalize(tokens.get(n + 1).text()) : "";
      if (ARABIC_STILL.contains(next) && (ARABIC_CLEAR.contains(w) || ARABIC_WEAK.contains(w))) {
        n++; // لا يزال, ما زال: "still"
      } else if (w.equals("الا") && !next.startsWith("ان") && !clear.isEmpty()) {
        clear.remove(clear.size() - 1); // لا ... إلا: "only"
        m.weak = true;
      } else if (ARABIC_CLEAR.contains(w)) {
        clear.add(span(base, tokens.get(n)));
      } else if (ARABIC_WEAK.contains(w)) {
        m.weak = true;
      }
    }
    m.clear.addAll(clear);
  }

  private static void english(List<Token> tokens, int base, Markers m) {
    for (Token t : tokens) {
      String w = EnglishTerms.lower(t.text());
      String raw = t.text().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
      if (ENGLISH_CLEAR.contains(w) || raw.endsWith("n't")) {
        m.clear.add(span(base, t));
      } else if (ENGLISH_WEAK.contains(w)) {
        m.weak = true;
      }
    }
  }

  /** An Arabic word without the conjunction و or ف before a particle (ولم, فلا, وليس). */
  private static String particle(String word) {
    String n = ArabicTerms.normalize(word);
    if (n.length() >= 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) {
      String rest = n.substring(1);
      if (ARABIC_CLEAR.contains(rest) || ARABIC_WEAK.contains(rest) || rest.equals("الا")) {
        return rest;
      }
    }
    return n;
  }

  private static List<Token> words(String text) {
    return Tokenizer.tokenize(text).stream().filter(t -> !t.number()).toList();
  }

  private static Span span(int base, Token t) {
    return new Span(base + t.start(), base + t.end());
  }

  private static Set<String> normalized(String... words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(ArabicTerms.normalize(w));
    }
    return Set.copyOf(out);
  }
}

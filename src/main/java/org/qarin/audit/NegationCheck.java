package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Lexicon;
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

  /** Words that make a negation before them an idiom: still, especially, at least, must. */
  private static final Set<String> ARABIC_IDIOMS =
      normalized(
          "يزال", "تزال", "يزالون", "تزالان", "يزالان", "زال", "زالت", "زالوا", "يزل", "تزل",
          "نزال", "ازال", "سيما", "يقل", "تقل", "يقلان", "يزيد", "تزيد", "بد");

  /** Words before لا that make it a choice rather than a negation: نعم/لا, أم لا, أو لا. */
  private static final Set<String> ARABIC_CHOICE = normalized("نعم", "ام", "او");

  private static final Set<String> ENGLISH_CLEAR =
      Set.of(
          "not", "no", "never", "neither", "nor", "without", "none", "cannot", "nothing", "nobody",
          "nowhere");
  private static final Set<String> ENGLISH_WEAK =
      Set.of(
          "non", "lack", "lacks", "lacked", "lacking", "absence", "absent", "failure", "failed",
          "fail", "unable", "refused", "refuse", "refuses", "denied", "denies", "deny", "yet",
          "free", "hardly", "rarely", "seldom");

  /** Negative prefixes of English words (unsure, impractical, asymptomatic, nonprofit). */
  private static final String[] ENGLISH_PREFIXES = {"un", "non", "in", "im", "il", "ir", "a"};

  private final Lexicon lexicon;

  /** A check that recognises negated English words with {@code lexicon}. */
  NegationCheck(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A negation-mismatch finding, or none. */
  List<Finding> check(Side source, Side target) {
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

  private Markers markers(Side side) {
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
    String previous = "";
    for (int n = 0; n < tokens.size(); n++) {
      String w = particle(tokens.get(n).text());
      String next = n + 1 < tokens.size() ? ArabicTerms.normalize(tokens.get(n + 1).text()) : "";
      boolean negation = ARABIC_CLEAR.contains(w) || ARABIC_WEAK.contains(w);
      if (negation && (ARABIC_IDIOMS.contains(next) || ARABIC_CHOICE.contains(previous))) {
        m.weak = true; // لا يزال "still", لا يقل عن "at least", نعم/لا "yes/no"
      } else if (w.equals("الا") && !next.startsWith("ان") && !clear.isEmpty()) {
        clear.remove(clear.size() - 1); // لا ... إلا: "only"
        m.weak = true;
      } else if (ARABIC_CLEAR.contains(w)) {
        clear.add(span(base, tokens.get(n)));
      } else if (ARABIC_WEAK.contains(w)) {
        m.weak = true;
      }
      previous = w;
    }
    m.clear.addAll(clear);
  }

  private void english(List<Token> tokens, int base, Markers m) {
    for (Token t : tokens) {
      String w = EnglishTerms.lower(t.text());
      String raw = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (ENGLISH_CLEAR.contains(w) || raw.endsWith("n't")) {
        m.clear.add(span(base, t));
      } else if (ENGLISH_WEAK.contains(w) || negativeWord(w)) {
        m.weak = true;
      }
    }
  }

  /**
   * A word negated by its form: a negative prefix before a word the lexicon knows (unsure,
   * impractical, asymptomatic) or the suffix -less (symptomless). English often renders an Arabic
   * negation this way (لا تظهر عليهم أعراض: asymptomatic), so such words confirm one.
   */
  private boolean negativeWord(String w) {
    if (w.length() >= 8 && w.endsWith("less") && knows(w.substring(0, w.length() - 4))) {
      return true;
    }
    for (String p : ENGLISH_PREFIXES) {
      int minimum = p.equals("a") ? 6 : 4; // a-: only long words (atypical, not amount)
      if (w.startsWith(p) && w.length() - p.length() >= minimum && knows(w.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean knows(String word) {
    String key = EnglishTerms.key(word);
    return key != null && lexicon.knowsEnglish(key);
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

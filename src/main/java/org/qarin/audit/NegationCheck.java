package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Lexicon;
import org.qarin.lexicon.TermCache;
import org.qarin.lexicon.Token;
import org.qarin.lexicon.Tokenizer;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Severity;
import org.qarin.model.Span;

/**
 * Negation on one side of a link only: a clear negator on one side and nothing that negates on the
 * other. Clear markers (لم لن ليس ألا, لا before a verb; not, n't, no, never, neither, nor,
 * without, none, cannot) raise a finding; weak ones only confirm a negation, never raise one:
 * ambiguous words (ما "what/which/not"; non, yet, hardly), nominal negation (عدم بلا بدون دون غير,
 * لا before a noun), verbs and nouns that negate (رفض, غياب; fail, refuse, absence) and words
 * negated by their form (unsure, symptomless). A clear marker that negates nothing only confirms
 * too: idioms (لا يزال "still", لا سيما "especially", "no doubt"), restrictive negation, which
 * means "only" (لا تصلها المياه إلا مرة: water reaches them only once; "nothing but"), "not only …
 * but also", choices ("whether or not", أم لا), double negatives ("not uncommon", لا يخلو من) and
 * negative or tag questions ("Haven't we met?", أليس كذلك؟).
 */
final class NegationCheck {
  private static final Set<String> ARABIC_CLEAR =
      normalized("لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "لستم");
  private static final Set<String> ARABIC_WEAK = normalized("ما", "لما");

  /**
   * Nominal negators, and لا before a noun (لا مركزية). Translations render them with no, non-,
   * un-, -less, lack of, absence of, or as often with an antonym (عدم دقة: inaccuracy,
   * undercounting) that no word list sees: they confirm a negation, never raise one.
   */
  private static final Set<String> ARABIC_NOMINAL = normalized("عدم", "بلا", "بدون", "دون", "غير");

  /**
   * Words after which ما is "what" or part of a conjunction, never "not": adverbs (غالبا ما
   * "often", نادرا ما, عادة ما), conjunctions (إذا ما "if", بعد ما, مثل ما, كل ما, أن ما "that
   * what"), pronouns (وهو ما يعني "which means") and prepositions (على ما يكفي "on enough").
   */
  private static final Set<String> ARABIC_MA_NOT_NEGATING =
      normalized(
          "غالبا", "كثيرا", "قليلا", "نادرا", "عادة", "دائما", "إذا", "اذا", "بعد", "قبل", "مثل",
          "كل", "حيث", "أي", "أيا", "هو", "هي", "وهو", "وهي", "هذا", "وهذا", "ذلك", "وذلك", "على",
          "في", "إلى", "عن", "من", "أن", "لأن");

  private static final Set<String> ARABIC_INSTEAD = normalized("بدلا", "عوضا");

  /** Pronouns written against a nominal negator: دونها, بدونه, عدمه. */
  private static final String[] ARABIC_PRONOUNS = {
    "هما", "هم", "هن", "ها", "ه", "كم", "ك", "نا", "ي"
  };

  /**
   * Words that make a negation before them an idiom a translation says without any negation: still
   * (لا يزال, ما زلت), especially (لا سيما), must (لا بد). They answer no negation on the other
   * side.
   */
  private static final Set<String> ARABIC_AFFIRMING_IDIOMS =
      normalized(
          "يزال", "تزال", "يزالون", "تزالان", "يزالان", "زال", "زالت", "زالوا", "يزل", "تزل",
          "نزال", "ازال", "زلت", "زلنا", "زلتم", "زلن", "سيما", "بد");

  /**
   * Words that make a negation before them an idiom a translation often says with one: fine (لا
   * بأس), surely (لا شك, لا ريب: "no doubt"), considerable (لا يستهان به: "not insignificant"),
   * indispensable (لا غنى), not only (لا يقتصر على: "not limited to"). They confirm a negation.
   */
  private static final Set<String> ARABIC_IDIOMS =
      normalized("بأس", "شك", "ريب", "يستهان", "تستهان", "غنى", "يقتصر", "تقتصر", "يقتصرون");

  /**
   * Words that make a negation before them "at least" or "at most" when عن follows (لا يقل عن, لا
   * تزيد عن); without it, لم تقل is "you did not say".
   */
  private static final Set<String> ARABIC_THAN_IDIOMS =
      normalized("يقل", "تقل", "يقلان", "يزيد", "تزيد");

  /**
   * Exceptives, which after a negator mean "only" (لم يبق سوى, ما هو إلا). Written without its
   * hamza, الا is taken for إلا; ألا is أن لا (see {@link #isThatNot}).
   */
  private static final Set<String> ARABIC_EXCEPTIVES = normalized("إلا", "سوى");

  /** "Only", which after a negator and before "but" makes "not only … but also". */
  private static final Set<String> ARABIC_ONLY = normalized("فقط", "فحسب");

  private static final Set<String> ARABIC_BUT =
      normalized("بل", "لكن", "ولكن", "وإنما", "إنما", "أيضا");

  /** Pronouns that begin a predicate after an indefinite noun with ما "some": لمكان ما هي. */
  private static final Set<String> ARABIC_PRONOUNS_AFTER = normalized("هو", "هي", "هم", "هن");

  /** Subject pronouns, which follow لِمَ "why" where لم "not" needs a verb. */
  private static final Set<String> ARABIC_SUBJECTS =
      normalized("أنت", "أنا", "أنتم", "أنتما", "أنتن", "نحن");

  /** Particles a preposition may stand before: بألا "with that not", بعدم, لعدم. */
  private static final Set<String> AFTER_PREPOSITION = normalized("ألا", "عدم");

  /** Words before لا that make it a choice rather than a negation: نعم/لا, أم لا, أو لا. */
  private static final Set<String> ARABIC_CHOICE = normalized("نعم", "ام", "او");

  /**
   * Arabic verbs and nouns that negate (رفض, فشل, أخفق, امتنع, منع, حظر, نفى, تجنب, افتقر, انعدام,
   * غياب, تعذر, عجز, خالٍ, عديم, توقف, حذّر, تعطّل, إياك, لولا) with their conjunctions,
   * prepositions, article, tense and person prefixes and endings: they answer an English "not".
   * Verbs that are mostly negated themselves (نسي, شكّ, تجاهل) are left out, and so are نهى, which
   * reads like أنهى "finish" and أنها "that she", انتهى "end" and كلا "both".
   */
  private static final Pattern ARABIC_LEXICAL =
      Pattern.compile(
          "[وف]?[بلك]?(?:ال|لل)?س?[يتنا]?"
              + "(?:رفض|فشل|اخفق|خفق|اخفاق|امتنع|متنع|امتناع|منع|ممنوع|حظر|محظور|نفي|نفت|تجنب"
              + "|افتقر|فتقر|افتقار|انعدام|انعدم|نعدم|غياب|تعذر|عجز|عاجز|خال|خالي|خلو|عديم"
              + "|توقف|حذر|عطل|معطل|تعطل|اياك|لولا)"
              + "(?:ت|تا|تم|تن|وا|ون|ين|ان|ات|ه|ها|هم|هما|هن|ك|كم|ني|نا|ي|ا|ته|تها|تهم|تك|وه)?");

  private static final Set<String> ENGLISH_CLEAR =
      Set.of(
          "not", "no", "never", "neither", "nor", "without", "none", "cannot", "nothing", "nobody",
          "nowhere");

  /** Ambiguous words, matched as written: several are function words without lexicon key. */
  private static final Set<String> ENGLISH_WEAK = Set.of("yet", "hardly", "rarely", "seldom");

  /** Nominal negation, as written: non-governmental, smoke-free. */
  private static final Set<String> ENGLISH_NOMINAL = Set.of("non", "free");

  /**
   * English verbs and nouns that negate, and words whose dis- negates (the prefix alone would take
   * in disease and display), as lexicon keys so that every inflection counts: they answer an Arabic
   * negator. Verbs that are mostly negated themselves (don't forget, no doubt, don't miss) are left
   * out: against a dropped لا they would hide the drop.
   */
  private static final Set<String> ENGLISH_LEXICAL =
      keys(
          "fail",
          "failure",
          "devoid",
          "refuse",
          "refusal",
          "reject",
          "lack",
          "deny",
          "denial",
          "decline",
          "prevent",
          "stop",
          "avoid",
          "ban",
          "forbid",
          "forbidden",
          "forbade",
          "absence",
          "absent",
          "unable",
          "cease",
          "halt",
          "refrain",
          "abstain",
          "omit",
          "disagree",
          "dislike",
          "disapprove",
          "disappear",
          "disable",
          "dishonest",
          "disconnect",
          "discontinue",
          "disobey",
          "disadvantage",
          "disbelief",
          "discomfort",
          "disloyal",
          "dissatisfied",
          "distrust",
          "disqualify",
          "disprove",
          "disallow",
          "disrespect",
          "disregard");

  /**
   * Words after which a negator says something positive that a translation may say without one:
   * "don't forget" (remember, تذكّر), "nowhere near" (far from, بعيد عن). They confirm a negation
   * on the other side, never raise one.
   */
  private static final Set<String> ENGLISH_AFFIRMING = Set.of("forget", "near");

  /**
   * Words that render an Arabic restrictive negation (لا يمكن اجتيازه إلا: can only be crossed).
   */
  private static final Set<String> RESTRICTIVE = Set.of("only", "just", "merely", "solely");

  /** Words after a negator that make it an idiom (see {@link #isIdiom}). */
  private static final Set<String> ENGLISH_IDIOMS =
      Set.of("but", "only", "just", "merely", "simply", "solely", "least");

  /** Words before a negator that make it one of a choice: "with or without", "yes, no". */
  private static final Set<String> CHOICES = Set.of("or", "yes");

  /** Words that complete "not only": but, also, as well, too, even. */
  private static final Set<String> ALSO = Set.of("but", "also", "well", "too", "even");

  /** Words after "no" that make it an idiom: "no doubt", but "I don't doubt it" negates. */
  private static final Set<String> NO_IDIOMS = Set.of("doubt", "matter", "wonder");

  private static final Set<String> ENGLISH_COMPARATIVES =
      Set.of("more", "less", "fewer", "later", "earlier", "sooner");

  private static final Set<String> ENGLISH_SUBJECTS =
      Set.of("i", "you", "we", "he", "she", "it", "they", "there", "this", "that");
  private static final Set<String> ENGLISH_AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "am", "do", "does", "did", "have", "has", "had", "can",
          "could", "will", "would", "shall", "should", "may", "might", "must");

  /** Negative prefixes of English words (unsure, impractical, asymptomatic, nonprofit). */
  private static final String[] ENGLISH_PREFIXES = {"un", "non", "in", "im", "il", "ir", "a"};

  private final Lexicon lexicon;

  /** A check that recognises negated English words with {@code lexicon}. */
  NegationCheck(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A negation-mismatch finding, or none. Besides a negation on one side only, a translation that
   * negates more often than its source does adds one; the source's weak markers count too, but
   * first render the translation's negating words ("not absolutely no effect on illegal copying"
   * against لا تؤثر ... غير القانوني: illegal renders غير, and "not" is one too many). The other
   * way round is no sign: Arabic negates each verb of a list (لم … ولم) where English negates once.
   */
  List<Finding> check(Side source, Side target) {
    Markers s = markers(source);
    Markers t = markers(target);
    if (!s.clear.isEmpty() && t.leavesUnanswered(s)) {
      return List.of(finding(source, target, s.clear, true));
    }
    if (!t.clear.isEmpty() && s.leavesUnanswered(t)) {
      return List.of(finding(source, target, t.clear, false));
    }
    if (t.clear.size() > s.clear.size() + Math.max(0, s.weak - t.negating)) {
      return List.of(finding(source, target, t.clear, false)); // Not all … have not been
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

  /** The negation markers of a side: clear ones with their spans, and counts of the others. */
  private static final class Markers {
    final List<Span> clear = new ArrayList<>();

    /** Words that may render a negation: weak markers and negating words. */
    int weak;

    /** Of those, words that negate in meaning (see {@link Kind#NEGATING}). */
    int negating;

    /** Of those, restrictive negations (لا … إلا: "only"), which "only" may render. */
    int restrictive;

    /** English words that render a restrictive negation: only, just, merely, solely. */
    int only;

    /**
     * Whether this side leaves the other's clear markers unanswered: it has no clear marker, and
     * its weak ones are no more than the other side's negating words, which they may render instead
     * (عدم توفر: lack of; غير مباشر: indirectly). A "not" beside the rendering of a غير then
     * negates what the source does not.
     */
    boolean leavesUnanswered(Markers other) {
      int renderedAsOnly = Math.min(restrictive, other.only);
      return clear.isEmpty() && weak - renderedAsOnly <= other.negating;
    }

    void add(Kind kind) {
      weak += kind == Kind.WEAK || kind == Kind.NEGATING ? 1 : 0;
      negating += kind == Kind.NEGATING ? 1 : 0;
    }
  }

  private Markers markers(Side side) {
    Markers m = new Markers();
    for (int k = 0; k < side.sentences().size(); k++) {
      int base = side.sentence(k).start();
      String text = side.sentence(k).text();
      Clause c = new Clause(text, words(text));
      if (side.language() == Language.AR) {
        arabic(c, base, m);
      } else {
        english(c, base, m);
      }
    }
    return m;
  }

  /** What a word does to the negation of its sentence. */
  private enum Kind {
    NONE,
    /** A clear negator: raises a finding when the other side negates nothing. */
    CLEAR,
    /**
     * A word that may render a negation but may as well not: an ambiguous word (ما, yet), an idiom
     * (لا يزال), a contrast (rather than). Confirms a negation, never raises one.
     */
    WEAK,
    /**
     * A word that negates in meaning but not in form, so that the other side may say it with or
     * without a negator: nominal negation (عدم, غير, without a passport), verbs and nouns that
     * negate (رفض, fail), negated forms (unsure). Confirms a negation, never raises one.
     */
    NEGATING,
    /**
     * An exceptive (إلا, سوى) that turns the negator before it into "only": لا تصلها المياه إلا
     * مرة, water reaches them only once.
     */
    ONLY
  }

  private static final Pattern PAUSE = Pattern.compile("[.,،؛;:!?؟]");

  private static final Pattern DASH = Pattern.compile("(?:^|\\s)[-\u2013\u2014]");

  /** A sentence's words with its text, which tells where question marks and commas stand. */
  private record Clause(String text, List<Token> tokens) {
    /** Word {@code i} as written, or "" before the first and after the last. */
    String word(int i) {
      return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    /** Whether a question mark follows word {@code i}. */
    boolean asks(int i) {
      int from = tokens.get(i).end();
      return text.indexOf('?', from) >= 0 || text.indexOf('؟', from) >= 0;
    }

    /** Whether word {@code i} ends the sentence or punctuation follows it. */
    boolean pausesAfter(int i) {
      int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : text.length();
      return i + 1 == tokens.size()
          || PAUSE.matcher(text.substring(tokens.get(i).end(), to)).find();
    }

    /** Whether one of {@code words}, in the form {@code form} gives, comes after word {@code i}. */
    boolean later(int i, Set<String> words, UnaryOperator<String> form) {
      for (int j = i + 1; j < tokens.size(); j++) {
        if (words.contains(form.apply(tokens.get(j).text()))) {
          return true;
        }
      }
      return false;
    }

    /** Whether word {@code i} opens the sentence or follows a comma or dash (", don't you?"). */
    boolean opens(int i) {
      if (i == 0) {
        return true;
      }
      String between = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
      return between.contains(",") || between.contains("،") || DASH.matcher(between).find();
    }
  }

  private static void arabic(Clause c, int base, Markers m) {
    List<Span> clear = new ArrayList<>();
    for (int n = 0; n < c.tokens().size(); n++) {
      Kind kind = arabicKind(c, n);
      switch (kind) {
        case CLEAR -> clear.add(span(base, c.tokens().get(n)));
        case WEAK, NEGATING -> m.add(kind);
        case ONLY -> {
          if (!clear.isEmpty()) {
            clear.remove(clear.size() - 1);
            m.add(Kind.WEAK);
            m.restrictive++;
          }
        }
        case NONE -> {}
      }
    }
    m.clear.addAll(clear);
  }

  private static Kind arabicKind(Clause c, int n) {
    String raw = c.word(n);
    String w = particle(raw);
    String next = ArabicTerms.normalize(c.word(n + 1));
    if (ARABIC_EXCEPTIVES.contains(w) && !isThatNot(raw)) {
      return next.startsWith("ان") ? Kind.NONE : Kind.ONLY; // إلا أن: "except that", "however"
    }
    if (ARABIC_ONLY.contains(w)) {
      return c.later(n, ARABIC_BUT, ArabicTerms::normalize)
          ? Kind.ONLY
          : Kind.NONE; // إنها طبيعته فحسب: just his nature
    }
    if (w.equals("لم") && (isWhy(raw, next) || raw.contains("\u0651"))) {
      return Kind.NONE; // لِمَ "why"; لمّ "gather" (لمّ الشمل: reunion), written with its shadda
    }
    if (ARABIC_INSTEAD.contains(w)) {
      return Kind.WEAK; // بدلا من, عوضا عن: "instead of", which "not" may render
    }
    if (w.equals("ما") && ARABIC_MA_NOT_NEGATING.contains(ArabicTerms.normalize(c.word(n - 1)))) {
      return Kind.NONE;
    }
    if (w.equals("ما") && (next.equals("اذا") || (c.opens(n) && c.asks(n)))) {
      return Kind.NONE; // ما إذا "whether"; ما المعروف؟ "what is known?"
    }
    if (w.equals("ما")
        && !c.opens(n)
        && (c.pausesAfter(n) || ARABIC_PRONOUNS_AFTER.contains(next))) {
      return Kind.NONE; // لشيء ما، لمكان ما هي: after a noun and before a pause, "some"
    }
    if ((w.equals("دون") || w.equals("بدون")) && next.equals("ان")) {
      return Kind.CLEAR; // دون أن تتغير: "without changing" negates a verb, as "without" does
    }
    boolean clear = (ARABIC_CLEAR.contains(w) && !isNominalLa(w, next)) || isThatNot(raw);
    if (!clear && !isParticle(w)) {
      return lexical(w) ? Kind.NEGATING : Kind.NONE;
    }
    if (ARABIC_AFFIRMING_IDIOMS.contains(next)) {
      return Kind.NONE; // لا يزال, ما زال "still", لا سيما "especially", لا بد "must"
    }
    if (!clear) {
      return ARABIC_WEAK.contains(w) ? Kind.WEAK : Kind.NEGATING; // ما is "what" as often
    }
    return negatesNothing(c, n, w, next) ? Kind.WEAK : Kind.CLEAR;
  }

  /**
   * Whether a negator negates nothing: an idiom (لا يزال "still", لا يقل عن "at least"), a choice
   * (نعم/لا, أم لا), لا غير "only", a double negative, which affirms (لا يخلو من "is not devoid
   * of": has), or a negative question.
   */
  private static boolean negatesNothing(Clause c, int n, String w, String next) {
    boolean than = ArabicTerms.normalize(c.word(n + 2)).equals("عن");
    boolean idiom = ARABIC_IDIOMS.contains(next) || (than && ARABIC_THAN_IDIOMS.contains(next));
    boolean choice = ARABIC_CHOICE.contains(particle(c.word(n - 1))) || next.equals("غير");
    boolean twice = lexical(next) || ARABIC_NOMINAL.contains(particle(next));
    boolean rhetorical = c.asks(n) && (isInterrogative(c.word(n)) || (w.equals("لم") && n == 0));
    return idiom || choice || twice || rhetorical;
  }

  /**
   * لِمَ "why" (or فلم "film") rather than لم "not": written with its vowels, or before no
   * imperfect verb (لم هو غاضب؟ why is he angry?). Opening a question, لم تسأل؟ may be either, and
   * only confirms.
   */
  private static boolean isWhy(String raw, String next) {
    boolean kasra = raw.contains("\u0650") && !raw.contains("\u0652"); // لِمْ is a slip for لَمْ
    boolean vowelled = kasra || raw.endsWith("م\u064E");
    return vowelled || !isVerb(next) || ARABIC_SUBJECTS.contains(next);
  }

  /** Whether a word may be an imperfect verb, which لا and لم negate: يعمل, تعمل, أعمل, نعمل. */
  private static boolean isVerb(String normalized) {
    return !normalized.isEmpty() && "اتين".indexOf(normalized.charAt(0)) >= 0;
  }

  /**
   * A negator made a question by the hamza before it (ألم, ألن, أليس, ألست, ألا): a negative
   * question, whose answer the asker expects to be yes, as a translation may ask without the
   * negation.
   */
  private static boolean isInterrogative(String raw) {
    int hamza = hamzaAfter(raw, "وف", 1);
    return hamza >= 0 && ARABIC_CLEAR.contains(ArabicTerms.normalize(raw.substring(hamza + 1)));
  }

  /**
   * لا before anything but an imperfect verb (whose first letter is one of أ ت ي ن): the nominal لا
   * of لا مركزية, or a لا that stands alone.
   */
  private static boolean isNominalLa(String w, String next) {
    return w.equals("لا") && !isVerb(next);
  }

  /**
   * ألا (or ألّا), أن لا "that not", a negator. Arabic writes it apart from the exceptive إلا by
   * its hamza alone, so that only a hamza above the alef tells it; a bare الا is taken for إلا.
   */
  private static boolean isThatNot(String raw) {
    int hamza = hamzaAfter(raw, "وفب", 2);
    return hamza >= 0 && particle(raw.substring(hamza)).equals("الا");
  }

  /**
   * Where the word's hamza on alef (أ) stands when only up to {@code most} of {@code letters} come
   * before it (وبألا, فألم), or -1: the particles written against a negator.
   */
  private static int hamzaAfter(String raw, String letters, int most) {
    int hamza = raw.indexOf('أ');
    if (hamza < 0 || hamza > most) {
      return -1;
    }
    for (int i = 0; i < hamza; i++) {
      if (letters.indexOf(raw.charAt(i)) < 0) {
        return -1;
      }
    }
    return hamza;
  }

  private void english(Clause c, int base, Markers m) {
    for (int i = 0; i < c.tokens().size(); i++) {
      String w = EnglishTerms.lower(c.word(i));
      Kind kind = englishKind(c, i, w);
      m.only += RESTRICTIVE.contains(w) ? 1 : 0;
      switch (kind) {
        case CLEAR -> m.clear.add(span(base, c.tokens().get(i)));
        case WEAK, NEGATING -> m.add(kind);
        default -> {}
      }
    }
  }

  /** What English word {@code i}, {@code w} in lower case, does to the negation of its sentence. */
  private Kind englishKind(Clause c, int i, String w) {
    String next = EnglishTerms.lower(c.word(i + 1));
    if (w.equals("without") && !next.endsWith("ing")) {
      return Kind.NEGATING; // without charge, without delay: nominal, as بدون and دون before a noun
    }
    if (w.equals("not") && c.opens(i) && i > 0 && !ENGLISH_AUXILIARIES.contains(next)) {
      return Kind.WEAK; // "founded on freedom, not rivalries": a contrast, as "rather than" is
    }
    if (ENGLISH_CLEAR.contains(w) || isContracted(c.word(i))) {
      boolean affirms =
          ENGLISH_AFFIRMING.contains(next); // don't forget: remember; nowhere near: far from
      return affirms || isIdiom(c, i) || (c.asks(i) && isInverted(c, i)) ? Kind.WEAK : Kind.CLEAR;
    }
    if ((w.equals("rather") && next.equals("than")) || (w.equals("instead") && next.equals("of"))) {
      return Kind.WEAK; // "X rather than Y" renders "X وليس Y"
    }
    boolean few = (w.equals("little") || w.equals("few")) && !c.word(i - 1).equals("a");
    if (negates(w)) {
      return Kind.NEGATING;
    }
    return few || ENGLISH_WEAK.contains(w) ? Kind.WEAK : Kind.NONE; // little time: hardly any
  }

  /**
   * A negator that negates nothing: "nothing but" and "not only … but also" (a "not only" that
   * nothing completes negates: "he can not only shake his head"), "no doubt" (surely), "no matter",
   * "not least" (especially), "no fewer than" (at least), a choice ("whether or not", "with or
   * without", "yes, no or unknown"), and a double negative.
   */
  private boolean isIdiom(Clause c, int i) {
    String next = EnglishTerms.lower(c.word(i + 1));
    boolean than = EnglishTerms.lower(c.word(i + 2)).equals("than");
    boolean no = EnglishTerms.lower(c.word(i)).equals("no");
    boolean only = next.equals("only") && !c.later(i, ALSO, EnglishTerms::lower);
    return (ENGLISH_IDIOMS.contains(next) && !only)
        || (no && NO_IDIOMS.contains(next))
        || (than && ENGLISH_COMPARATIVES.contains(next))
        || CHOICES.contains(EnglishTerms.lower(c.word(i - 1)))
        || isDoubleNegative(c, i);
  }

  /**
   * A negator before a word that negates too, perhaps behind an article or "to": "not uncommon",
   * "not an unusual", "not illegal", "never fails", "not to fail", "not without". Weak markers do
   * not count ("not yet" negates), nor do in- and im- words, which are too often no negation at all
   * (not increased, not impressed, not informed).
   */
  private boolean isDoubleNegative(Clause c, int i) {
    String next = EnglishTerms.lower(c.word(i + 1));
    if (next.equals("a") || next.equals("an") || next.equals("to")) {
      next = EnglishTerms.lower(c.word(i + 2));
    }
    String key = EnglishTerms.key(next);
    boolean prefixed = next.startsWith("un") || next.startsWith("il") || next.startsWith("ir");
    boolean negated = prefixed && next.length() >= 6 && knows(next.substring(2));
    return next.equals("without") || (key != null && ENGLISH_LEXICAL.contains(key)) || negated;
  }

  /** A word that negates in meaning: non, free, a verb or noun that negates, or a negated form. */
  private boolean negates(String w) {
    String key = EnglishTerms.key(w);
    boolean lexical = key != null && ENGLISH_LEXICAL.contains(key);
    return ENGLISH_NOMINAL.contains(w) || lexical || negativeWord(w);
  }

  private static boolean isContracted(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'').endsWith("n't");
  }

  /**
   * A negation inverted with its subject at the start of a question or after a comma: a negative
   * question ("Haven't we met?", "Is it not black?") or a tag ("You like it, don't you?"), which
   * expect the answer yes and which a translation may ask without the negation. "Why didn't he
   * come?" is no such question.
   */
  private static boolean isInverted(Clause c, int i) {
    String next = EnglishTerms.lower(c.word(i + 1));
    String previous = EnglishTerms.lower(c.word(i - 1));
    if (isContracted(c.word(i))) {
      return c.opens(i) && ENGLISH_SUBJECTS.contains(next);
    }
    boolean auxiliary = ENGLISH_AUXILIARIES.contains(EnglishTerms.lower(c.word(i - 2)));
    return i >= 2 && c.opens(i - 2) && auxiliary && ENGLISH_SUBJECTS.contains(previous);
  }

  /**
   * A word negated by its form: a negative prefix before a word the lexicon knows (unsure,
   * impractical, asymptomatic) or the suffix -less (symptomless). English often renders an Arabic
   * negation this way (لا تظهر عليهم أعراض: asymptomatic), so such words confirm one. After in-,
   * im- and a- the word must end as an adjective, an adverb or a noun made from one does
   * (inaccurate, indirectly, infinite): instead, income, information, inside and impose are no
   * negations.
   */
  private boolean negativeWord(String w) {
    if (w.startsWith("under")) {
      return false; // underlying, understand: the stemmer makes a known word of "derlying"
    }
    if (w.length() >= 7 && w.endsWith("less") && knows(w.substring(0, w.length() - 4))) {
      return true;
    }
    for (String p : ENGLISH_PREFIXES) {
      int minimum = p.equals("a") ? 6 : 4; // a-: only long words (atypical, not amount)
      if (w.startsWith(p)
          && w.length() - p.length() >= minimum
          && (!AMBIGUOUS_PREFIXES.contains(p) || ADJECTIVE_ENDING.matcher(w).find())
          && knows(w.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Prefixes that begin as many words they do not negate (inform, import, around). */
  private static final Set<String> AMBIGUOUS_PREFIXES = Set.of("in", "im", "a");

  private static final Pattern ADJECTIVE_ENDING =
      Pattern.compile(
          "(?:able|ible|al|ent|ant|ive|ate|ite|ous|ic|ical|ful|ar|ly|ity|ness|ence|ance|cy)$");

  private boolean knows(String word) {
    String key = EnglishTerms.key(word);
    return key != null && lexicon.knowsEnglish(key);
  }

  /**
   * An Arabic word without the conjunction و or ف before a particle (ولم, فلا, وليس), the
   * preposition ب or ل before a particle that follows one (بألا "that not", لعدم; but بما is "with
   * what"), or the pronoun after a nominal negator (دونها).
   */
  private static String particle(String word) {
    String n = ArabicTerms.normalize(word);
    boolean conjunction = n.length() > 2 && "وف".indexOf(n.charAt(0)) >= 0;
    String rest = conjunction ? n.substring(1) : n;
    if (isParticle(n)) {
      return n;
    } else if (conjunction && isParticle(rest)) {
      return rest;
    }
    String nominal = withoutPronoun(rest);
    if (nominal != null) {
      return nominal;
    }
    boolean preposition = rest.length() > 2 && "بل".indexOf(rest.charAt(0)) >= 0;
    return preposition && AFTER_PREPOSITION.contains(rest.substring(1)) ? rest.substring(1) : n;
  }

  /** Whether a normalised Arabic word is a verb or noun that negates, remembered per word. */
  private static boolean lexical(String normalized) {
    return LEXICAL_WORDS.get(normalized, w -> ARABIC_LEXICAL.matcher(w).matches());
  }

  private static final TermCache<Boolean> LEXICAL_WORDS = new TermCache<>();

  private static boolean isParticle(String n) {
    return ARABIC_CLEAR.contains(n)
        || ARABIC_WEAK.contains(n)
        || ARABIC_NOMINAL.contains(n)
        || ARABIC_EXCEPTIVES.contains(n)
        || ARABIC_ONLY.contains(n);
  }

  /** A nominal negator without the pronoun written against it (دونها, عدمه), or null. */
  private static String withoutPronoun(String n) {
    for (String p : ARABIC_PRONOUNS) {
      if (n.endsWith(p)) {
        String rest = n.substring(0, n.length() - p.length());
        if (ARABIC_NOMINAL.contains(rest)) {
          return rest;
        }
      }
    }
    return null;
  }

  private static List<Token> words(String text) {
    return Tokenizer.tokenize(text).stream().filter(t -> !t.number()).toList();
  }

  private static Span span(int base, Token t) {
    return new Span(base + t.start(), base + t.end());
  }

  private static Set<String> keys(String... words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(Objects.requireNonNull(EnglishTerms.key(w), w));
    }
    return Set.copyOf(out);
  }

  private static Set<String> normalized(String... words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(ArabicTerms.normalize(w));
    }
    return Set.copyOf(out);
  }
}

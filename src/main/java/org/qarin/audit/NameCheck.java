package org.qarin.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.Lexicon;
import org.qarin.lexicon.Names;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Span;

/**
 * Names on one side of a link that the other side lacks. Conservative, since a false alarm costs a
 * reviewer's time: a word is a name only on good evidence, and only if nothing on the other side
 * renders it (lexicon, skeleton, a joined two-word form).
 *
 * <p>An English word is a name when it is capitalised away from the start of a sentence or quote,
 * is no acronym, month or weekday, and the lexicon either does not know it or knows it only as the
 * transliteration of an Arabic word (Homs: حمص). An Arabic word is a name when the English document
 * has a name with its skeleton of three or more consonants (الخطيب: Khatib) and the lexicon does
 * not know the word as anything else, or when it follows a personal title (د. سامر, المهندسة ليلى).
 * The lexicon alone cannot tell names: it glosses common words with their transliterations in both
 * directions (واحدة: wahida; Military: ميليتاري).
 */
final class NameCheck {
  private static final Set<String> NOT_NAMES =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");
  private static final Set<String> TITLES =
      normalized(
          "د",
          "الدكتور",
          "الدكتوره",
          "المهندس",
          "المهندسه",
          "السيد",
          "السيده",
          "الشيخ",
          "ابو",
          "بن",
          "ابن",
          "الحاج",
          "الاستاذ",
          "الاستاذه");

  /**
   * Latin names of biological taxa (Nidovirales, Orthocoronavirinae, Coronaviridae, Riboviria):
   * Arabic translates them (رتبة الفيروسات العشية), so an unrendered one is no added name.
   */
  private static final java.util.regex.Pattern TAXON =
      java.util.regex.Pattern.compile(
          "\\p{Lu}\\p{Ll}+(?:ales|inae|idae|aceae|viria|virales|viridae|virinae|ineae|oidea)");

  /** How many words after a title belong to the name (given name and family name). */
  private static final int NAME_AFTER_TITLE = 2;

  private final WordMatcher matcher;

  /** The translation's names: their skeletons and, for each, the names' lexicon keys. */
  private final Map<String, Set<String>> englishNames;

  /** Keys of the English words the translation also writes in lower case: common words. */
  private final Set<String> lowerCase;

  private final Set<Integer> titledArabic;

  /**
   * @param english the English document's words, where Arabic names find their spelling
   * @param arabic the Arabic document, whose titled words are names wherever they stand
   */
  NameCheck(
      WordMatcher matcher,
      List<List<Word>> english,
      Document arabic,
      List<List<Word>> arabicWords) {
    this.matcher = matcher;
    this.lowerCase = lowerCase(english);
    this.englishNames = new HashMap<>();
    for (List<Word> sentence : english) {
      for (Word w : sentence) {
        if (!w.arabic() && isEnglishName(w)) {
          englishNames.computeIfAbsent(w.skeleton(), k -> new HashSet<>()).add(w.key());
        }
      }
    }
    this.titledArabic = titled(arabic, arabicWords);
  }

  /** name-missing and name-added findings of one link. */
  List<Finding> check(Side source, Side target, WordMatcher.Matches m, DateCheck dates) {
    List<Finding> out = new ArrayList<>();
    boolean sourceKeepsAName = keepsAName(source, m.source());
    boolean targetKeepsAName = keepsAName(target, m.target());
    for (List<Word> group :
        names(source, m.source(), dates.pairedSource(), target, m.target(), targetKeepsAName)) {
      out.add(finding(FindingKind.NAME_MISSING, source, target, group, true));
    }
    for (List<Word> group :
        names(target, m.target(), dates.pairedTarget(), source, m.source(), sourceKeepsAName)) {
      out.add(finding(FindingKind.NAME_ADDED, source, target, group, false));
    }
    return out;
  }

  private boolean keepsAName(Side side, boolean[] rendered) {
    return matcher.nameLikeUnrendered(side.words(), rendered)
        || matcher.givenNameBeforeName(side.words(), rendered);
  }

  /**
   * Unrendered names of a side, adjacent ones grouped (Bashar al-Assad is one name). A given name
   * before a rendered name is left out when the other side keeps no unrendered name it could be.
   */
  private List<List<Word>> names(
      Side side,
      boolean[] rendered,
      List<Span> dates,
      Side other,
      boolean[] otherRendered,
      boolean otherKeepsAName) {
    List<List<Word>> groups = new ArrayList<>();
    List<Word> words = side.words();
    Word previous = null;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (rendered[i]
          || inside(dates, w.start())
          || !isName(w)
          || (!otherKeepsAName
              && partOfRenderedName(side, words, rendered, i, other, otherRendered))) {
        previous = null;
        continue;
      }
      if (previous != null && joined(side, previous, w)) {
        groups.get(groups.size() - 1).add(w);
      } else {
        groups.add(new ArrayList<>(List.of(w)));
      }
      previous = w;
    }
    return groups;
  }

  /**
   * Whether a name word is the given name before a rendered name of the same person: the other side
   * names them by their family name alone (ترامب for Donald Trump, الأسد for Bashar al-Assad).
   */
  private boolean partOfRenderedName(
      Side side, List<Word> words, boolean[] rendered, int i, Side other, boolean[] otherRendered) {
    // only a given name before a rendered one: a family name that differs is a different person
    int k = i + 1;
    if (k >= words.size() || !rendered[k] || !joined(side, words.get(i), words.get(k))) {
      return false;
    }
    Word next = words.get(k);
    if (writesInTwoWords(other, otherRendered, next)) {
      return false;
    }
    // a capitalised common word (the Castellano Resistance) is no family name, unless the name
    // list has it (Trump)
    return next.arabic()
        ? next.skeleton() != null && !matcher.commonWord(next)
        : next.capitalised()
            && (!matcher.lexicon().commonEnglish(EnglishTerms.lower(next.text()))
                || matcher.personName(next));
  }

  /**
   * Whether the other side writes a name word as one of two: with two adjacent words that both
   * render it (سان فرانسيسكو for Francisco, غاليليو غاليلي for Galilei), or beside a word the link
   * leaves unrendered (بحر روس for Sea, لوس أنجلوس for Angeles). The other side then has the whole
   * name, and a given name this side adds before the word renders none of it (Quiroga Francisco,
   * Castellano Sea): unlike ترامب for Donald Trump, where nothing stands beside the family name.
   */
  private boolean writesInTwoWords(Side other, boolean[] otherRendered, Word name) {
    List<Word> words = other.words();
    boolean[] renders =
        name.arabic()
            ? matcher.match(List.of(name), words).target()
            : matcher.match(words, List.of(name)).source();
    for (int j = 0; j < words.size(); j++) {
      if (!renders[j]) {
        continue;
      }
      boolean before =
          j > 0
              && joined(other, words.get(j - 1), words.get(j))
              && (renders[j - 1] || !otherRendered[j - 1]);
      boolean after =
          j + 1 < words.size()
              && joined(other, words.get(j), words.get(j + 1))
              && !otherRendered[j + 1];
      if (before || after) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is a name; short skeletons only after a title (ليلى is one consonant). */
  private boolean isName(Word w) {
    if (w.skeleton() == null || w.number() != null) {
      return false;
    }
    if (w.arabic() && titledArabic.contains(w.start())) {
      return true;
    }
    return w.skeleton().length() >= 2 && (w.arabic() ? isArabicName(w) : isEnglishName(w));
  }

  private boolean isEnglishName(Word w) {
    String text = w.text();
    boolean acronym = isAcronym(text);
    boolean candidate =
        w.capitalised()
            && !w.initial()
            && !acronym
            && w.skeleton() != null
            && w.skeleton().length() >= 2
            && !NOT_NAMES.contains(text.toLowerCase(Locale.ROOT))
            && !lowerCase.contains(w.key())
            // a common word capitalised in a title or a proper noun's phrase (Southern Hemisphere,
            // the Census Bureau) is translated, not transliterated
            && !matcher.lexicon().commonEnglish(EnglishTerms.lower(text))
            && !TAXON.matcher(text).matches();
    // the dictionaries gloss some rare words with a person's name (سك: Kowalski): a listed name
    // stays one
    return candidate
        && (!matcher.lexicon().knowsEnglish(w.key()) || transliterated(w) || matcher.personName(w));
  }

  /**
   * Whether a word is an abbreviation rather than a name: all capitals (WHO), as many capitals as
   * small letters (RdRp, CCoV, TVs, MOOCs: Arabic spells their letters out or keeps them), or
   * digits (Arg9). MetroPlus and McDonald have more small letters than capitals: names.
   */
  static boolean isAcronym(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return true;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
      lower += Character.isLowerCase(c) ? 1 : 0;
    }
    return text.length() > 1 && (lower == 0 || (upper >= 2 && upper >= lower));
  }

  /**
   * Whether the lexicon's strongest Arabic for an English word is its transliteration (Homs: حمص).
   * Only the strongest: the lexicon also lists transliterations of common words.
   */
  private boolean transliterated(Word w) {
    List<Lexicon.Translation> ts = matcher.lexicon().arabic(w.key());
    float best = ts.isEmpty() ? 0 : ts.get(0).weight();
    for (Lexicon.Translation t : ts) {
      if (t.weight() >= best && WordMatcher.sameName(Names.arabicSkeleton(t.key()), w.skeleton())) {
        return true;
      }
    }
    return false;
  }

  /**
   * An Arabic word is a name when it follows a title, or when the English document spells a name
   * with its skeleton. Short skeletons (two consonants) match too many common words to count.
   */
  private boolean isArabicName(Word w) {
    Set<String> names = englishNames.get(w.skeleton());
    if (w.skeleton().length() < 3 || names == null || isAdjectiveOfRelation(w)) {
      return false;
    }
    // a word the lexicon knows must be known as that very name (الخطيب: khatib), or القرن
    // ("century", and by chance "cornea") would be Qarin and شمال ("north") Ismaili
    if (!matcher.lexicon().knowsArabic(w.key())) {
      return true;
    }
    for (String english : matcher.english(w.text())) {
      if (names.contains(english)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An adjective of relation in the feminine, plural or accusative (الأوكرانية, أمريكياً,
   * السوريون): it names no one, whatever English name shares its consonants. The masculine (الحلبي)
   * is left alone: family names take that form.
   */
  static boolean isAdjectiveOfRelation(Word w) {
    String n = ArabicTerms.forms(w.text()).lightKey();
    return n != null && n.length() >= 5 && n.matches(".*(?:يه|يا|يون|يين)");
  }

  private static Set<String> lowerCase(List<List<Word>> english) {
    Set<String> out = new HashSet<>();
    for (List<Word> sentence : english) {
      for (Word w : sentence) {
        if (!w.arabic() && !w.capitalised() && w.key() != null) {
          out.add(w.key());
        }
      }
    }
    return out;
  }

  /**
   * Start offsets of the Arabic words that follow a personal title: the word after it and, when
   * only a space separates them, the one after that (د. سامر الخطيب), unless that one has the
   * indefinite accusative ending no name takes (السيد أوزبورن عقداً: Mr Osborne [signed] a
   * contract).
   */
  private static Set<Integer> titled(Document arabic, List<List<Word>> words) {
    Set<Integer> out = new HashSet<>();
    String text = arabic.text();
    for (List<Word> sentence : words) {
      for (int i = 0; i < sentence.size(); i++) {
        if (titleBefore(text, sentence.get(i).start()) < 0) {
          continue;
        }
        out.add(sentence.get(i).start());
        for (int k = 1; k < NAME_AFTER_TITLE && i + k < sentence.size(); k++) {
          Word previous = sentence.get(i + k - 1);
          Word next = sentence.get(i + k);
          if (!text.substring(previous.end(), next.start()).isBlank()
              || indefiniteAccusative(next.text())) {
            break;
          }
          out.add(next.start());
        }
      }
    }
    return out;
  }

  /** Whether a word ends in the tanween of the indefinite accusative (ـًا, اً). */
  private static boolean indefiniteAccusative(String word) {
    return word.endsWith("\u064Bا") || word.endsWith("ا\u064B");
  }

  /** Whether a personal title stands right before {@code offset}: returns its end, or -1. */
  private static int titleBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.')) {
      end--;
    }
    int start = end;
    while (start > 0 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    String title = ArabicTerms.normalize(text.substring(start, end));
    // the single letter د is a title only as the abbreviation د.
    boolean abbreviated = title.length() > 1 || (end < offset && text.charAt(end) == '.');
    return start < end && abbreviated && TITLES.contains(title) ? end : -1;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\u0640';
  }

  /** Two names with only spaces, hyphens or an article between them: one name. */
  private static boolean joined(Side side, Word a, Word b) {
    if (a.sentence() != b.sentence()) {
      return false;
    }
    String between = side.text(a.end(), b.start()).toLowerCase(Locale.ROOT);
    return between.matches("[\\s\\-]*(?:(?:al|el)[\\s\\-]+)?");
  }

  private static Finding finding(
      FindingKind kind, Side source, Side target, List<Word> group, boolean inSource) {
    Side side = inSource ? source : target;
    Span span = new Span(group.get(0).start(), group.get(group.size() - 1).end());
    String name = side.text(span.start(), span.end());
    return PairFindings.oneSided(kind, source, target, inSource, span, "The name " + name);
  }

  private static boolean inside(List<Span> spans, int offset) {
    for (Span s : spans) {
      if (offset >= s.start() && offset < s.end()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> normalized(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(ArabicTerms.normalize(w));
    }
    return Set.copyOf(out);
  }
}

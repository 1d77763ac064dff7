package org.qarin.lexicon;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Consonant skeletons for matching names across scripts. The Arabic side is romanised with ICU4J's
 * {@code Arabic-Latin; Latin-ASCII}; both sides then lose vowels, the letters Arabic writes as long
 * vowels (w, y), a final h, apostrophes and the article al-, and letters that romanisations confuse are
 * merged (q k c g j, th s, dh z d). بشار الأسد and Bashar al-Assad both become {@code bsr sd}.
 */
public final class Names {
  // ICU transliterators are thread-safe for transliterate(String) but costly to create.
  private static final Transliterator ROMANISE = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

  private Names() {}

  /** The skeleton of an Arabic word (light key, article already removed). */
  public static String arabicSkeleton(String arabicLightKey) {
    return skeleton(ROMANISE.transliterate(arabicLightKey));
  }

  /** The romanisation of Arabic text, for display and debugging. */
  public static String romanise(String arabic) {
    return ROMANISE.transliterate(arabic);
  }

  /** The skeleton of a Latin-script word. */
  public static String latinSkeleton(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("al-") || w.startsWith("el-") || w.startsWith("ad-") || w.startsWith("as-")) {
      w = w.substring(3);
    }
    return skeleton(w);
  }

  static String skeleton(String latin) {
    String s = latin.toLowerCase(Locale.ROOT)
        .replace("th", "s").replace("dh", "z").replace("sh", "s").replace("kh", "k")
        .replace("gh", "g").replace("ph", "f").replace("ou", "w").replace("'", "");
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = canonical(s.charAt(i));
      if (c != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != c)) {
        sb.append(c);
      }
    }
    // a final h is the teh marbuta or an optional -ah ending (Hama, Hamah, حماة)
    if (sb.length() > 2 && sb.charAt(sb.length() - 1) == 'h') {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }

  private static char canonical(char c) {
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u', 'w', 'y' -> 0;
      case 'q', 'c', 'g', 'j' -> 'k';
      case 'z', 'd' -> 'd';
      case 'v' -> 'f';
      case 'p' -> 'b';
      default -> c >= 'a' && c <= 'z' ? c : 0;
    };
  }
}

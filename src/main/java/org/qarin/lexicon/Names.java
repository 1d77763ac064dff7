package org.qarin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Consonant skeletons for matching names across scripts. The Arabic side is romanised with ICU4J's
 * {@code Arabic-Latin; Latin-ASCII}; both sides then lose vowels, the letters Arabic writes as long
 * vowels (w, y), a final h, apostrophes and the article al-, and letters that romanisations confuse
 * are merged (q k c g j, th s, dh z d). بشار الأسد and Bashar al-Assad both become {@code bsr sd}.
 */
public final class Names {
  // ICU's Arabic-Latin maps letter by letter, but creating it takes a second and running it
  // about 100 µs a word; arabic-latin.tsv holds its output for each character of the Arabic block
  // (NamesTest checks it against ICU), so names romanise at table speed.
  private static final String[] TABLE = table();

  private Names() {}

  /** The skeleton of an Arabic word (light key, article already removed). */
  public static String arabicSkeleton(String arabicLightKey) {
    return skeleton(romaniseByTable(arabicLightKey));
  }

  /** ICU's {@code Arabic-Latin; Latin-ASCII} of a word, letter by letter from the table. */
  static String romaniseByTable(String arabic) {
    StringBuilder sb = new StringBuilder(arabic.length() + 4);
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      sb.append(c >= 0x0600 && c <= 0x06FF ? TABLE[c - 0x0600] : String.valueOf(c));
    }
    return sb.toString();
  }

  private static String[] table() {
    String[] t = new String[0x100];
    for (int c = 0; c < t.length; c++) {
      t[c] = String.valueOf((char) (0x0600 + c));
    }
    try (InputStream in = Names.class.getResourceAsStream("arabic-latin.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          t[Integer.parseInt(line.substring(0, tab), 16) - 0x0600] = line.substring(tab + 1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /** The romanisation of Arabic text: ICU's {@code Arabic-Latin; Latin-ASCII}. */
  public static String romanise(String arabic) {
    return romaniseByTable(arabic);
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
    String s =
        latin
            .toLowerCase(Locale.ROOT)
            .replace("th", "s")
            .replace("dh", "z")
            .replace("sh", "s")
            .replace("kh", "k")
            .replace("gh", "g")
            .replace("ph", "f")
            .replace("ou", "w")
            .replace("'", "")
            .replace("x", "ks");
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

package org.qarin.lexicon.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Made-up names from syllables each script writes its own way, for tests that need name files. */
final class SyntheticNames {
  private static final String[][] SYLLABLES = {
    {"ba", "با"}, {"bi", "بي"}, {"bo", "بو"}, {"ka", "كا"}, {"ki", "كي"}, {"ku", "كو"},
    {"ma", "ما"}, {"mi", "مي"}, {"mo", "مو"}, {"na", "نا"}, {"ni", "ني"}, {"no", "نو"},
    {"ra", "را"}, {"ri", "ري"}, {"ro", "رو"}, {"sa", "سا"}, {"si", "سي"}, {"so", "سو"},
    {"ta", "تا"}, {"ti", "تي"}, {"to", "تو"}, {"la", "لا"}, {"li", "لي"}, {"lo", "لو"},
    {"da", "دا"}, {"di", "دي"}, {"sha", "شا"}, {"fa", "فا"}, {"va", "فا"}, {"za", "زا"}
  };

  private SyntheticNames() {}

  /** {@code count} distinct English names and their Arabic, as {@code arabic<TAB>english} lines. */
  static List<String> lines(int count, long seed) {
    Random random = new Random(seed);
    Map<String, String> names = new LinkedHashMap<>();
    while (names.size() < count) {
      StringBuilder en = new StringBuilder();
      StringBuilder ar = new StringBuilder();
      for (int s = 2 + random.nextInt(3); s > 0; s--) {
        String[] syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
        en.append(syllable[0]);
        ar.append(syllable[1]);
      }
      names.putIfAbsent(en.toString(), ar.toString());
    }
    List<String> lines = new ArrayList<>();
    names.forEach((en, ar) -> lines.add(ar + "\t" + en));
    return lines;
  }

  /** Writes a shared data folder with the two name files NameSplit reads. */
  static Path dataFolder(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("names-ar-en"));
    List<String> all = lines(900, 7);
    Files.write(dir.resolve(NameSplit.WIKIDATA), all.subList(0, 700), StandardCharsets.UTF_8);
    Files.write(dir.resolve(NameSplit.GOOGLE), all.subList(700, 900), StandardCharsets.UTF_8);
    return dir;
  }
}

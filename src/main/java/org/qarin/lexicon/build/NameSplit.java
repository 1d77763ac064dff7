package org.qarin.lexicon.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.qarin.lexicon.NameLetters;

/**
 * The Arabic–English name pairs of the shared data ({@code names-ar-en/}), split by name so that
 * the names a model is judged on were never seen in training. A pair's part comes from the CRC32 of
 * its normalised English ({@link NameLetters#latin}): remainders 0 and 1 of ten are test, 2 is dev,
 * the rest train. Dev and test then lose every pair whose Arabic (normalised, without the article)
 * also occurs in train, and test every pair whose Arabic occurs in dev, so that no name, Arabic or
 * English, is in two parts. The same data always gives the same split.
 *
 * <p>Read: the Wikidata person-name words (CC0) and the Google transliteration pairs (Apache-2.0),
 * in that order, without repeats (the same normalised pair twice) and without pairs one of whose
 * sides has no letters. CLDR's place, language and currency names are left out: they are mostly
 * translations (Germany, ألمانيا), not transliterations.
 */
public final class NameSplit {
  /** The Wikidata file, relative to the shared data folder. */
  public static final String WIKIDATA = "names-ar-en/wikidata-person-name-words.tsv";

  /** The Google transliteration file, relative to the shared data folder. */
  public static final String GOOGLE = "names-ar-en/google-ar2en-names.tsv";

  // the Wikidata file is sorted by how often a pair was seen; its first lines were seen twice or
  // more
  private static final int WIKIDATA_SEEN_TWICE = 15_946;

  /** The three parts. */
  public enum Part {
    TRAIN,
    DEV,
    TEST
  }

  /** Where a pair comes from, for figures per source. */
  public enum Source {
    WIKIDATA_SEEN_TWICE,
    WIKIDATA_SEEN_ONCE,
    GOOGLE
  }

  /** One pair as the data writes it. */
  public record Pair(String arabic, String english, Source source) {}

  private final List<Pair> all;
  private final Map<Part, List<Pair>> parts;
  private final int dropped;

  private NameSplit(List<Pair> all, Map<Part, List<Pair>> parts, int dropped) {
    this.all = List.copyOf(all);
    this.parts = parts;
    this.dropped = dropped;
  }

  /** Reads and splits the name files under {@code dataDir} (the shared data folder). */
  public static NameSplit read(Path dataDir) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    List<String> wikidata = Files.readAllLines(dataDir.resolve(WIKIDATA), StandardCharsets.UTF_8);
    for (int i = 0; i < wikidata.size(); i++) {
      add(
          pairs,
          wikidata.get(i),
          i < WIKIDATA_SEEN_TWICE ? Source.WIKIDATA_SEEN_TWICE : Source.WIKIDATA_SEEN_ONCE);
    }
    for (String line : Files.readAllLines(dataDir.resolve(GOOGLE), StandardCharsets.UTF_8)) {
      add(pairs, line, Source.GOOGLE);
    }
    return of(pairs);
  }

  private static void add(List<Pair> pairs, String line, Source source) {
    int tab = line.indexOf('\t');
    if (tab > 0) {
      pairs.add(new Pair(line.substring(0, tab), line.substring(tab + 1), source));
    }
  }

  /** Splits {@code pairs}, in their order, as {@link #read} does. */
  public static NameSplit of(List<Pair> pairs) {
    List<Pair> distinct = distinct(pairs);
    Map<Part, List<Pair>> parts = new EnumMap<>(Part.class);
    for (Part p : Part.values()) {
      parts.put(p, new ArrayList<>());
    }
    for (Pair p : distinct) {
      parts.get(part(p.english())).add(p);
    }
    int before = parts.get(Part.DEV).size() + parts.get(Part.TEST).size();
    Set<String> train = arabicKeys(parts.get(Part.TRAIN));
    parts.get(Part.DEV).removeIf(p -> train.contains(arabicKey(p)));
    parts.get(Part.TEST).removeIf(p -> train.contains(arabicKey(p)));
    Set<String> dev = arabicKeys(parts.get(Part.DEV));
    parts.get(Part.TEST).removeIf(p -> dev.contains(arabicKey(p)));
    int dropped = before - parts.get(Part.DEV).size() - parts.get(Part.TEST).size();
    parts.replaceAll((k, v) -> List.copyOf(v));
    return new NameSplit(distinct, parts, dropped);
  }

  private static List<Pair> distinct(List<Pair> pairs) {
    Set<String> seen = new HashSet<>();
    List<Pair> out = new ArrayList<>();
    for (Pair p : pairs) {
      String ar = arabicKey(p);
      String en = englishKey(p.english());
      if (!ar.isEmpty() && !en.isEmpty() && seen.add(NameLetters.arabic(p.arabic()) + "\t" + en)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The part a pair with this English name falls in. */
  public static Part part(String english) {
    CRC32 crc = new CRC32();
    crc.update(englishKey(english).getBytes(StandardCharsets.UTF_8));
    long tenth = crc.getValue() % 10;
    return tenth < 2 ? Part.TEST : tenth < 3 ? Part.DEV : Part.TRAIN;
  }

  /** The normalised English name the split hashes: {@link NameLetters#latin}. */
  public static String englishKey(String english) {
    return NameLetters.latin(english);
  }

  /**
   * The normalised Arabic name the split compares: {@link NameLetters#arabic} without the article.
   */
  public static String arabicKey(Pair p) {
    return NameLetters.withoutArticle(NameLetters.arabic(p.arabic()));
  }

  private static Set<String> arabicKeys(List<Pair> pairs) {
    Set<String> keys = new HashSet<>();
    pairs.forEach(p -> keys.add(arabicKey(p)));
    return keys;
  }

  /** The pairs of one part, in the data's order. */
  public List<Pair> pairs(Part part) {
    return parts.get(part);
  }

  /** Every distinct pair read, whatever its part or whether it was dropped. */
  public List<Pair> all() {
    return all;
  }

  /** How many dev and test pairs were dropped because their Arabic name is in an earlier part. */
  public int dropped() {
    return dropped;
  }
}

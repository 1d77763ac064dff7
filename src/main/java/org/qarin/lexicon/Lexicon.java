package org.qarin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Word translations between Arabic and English lexicon keys, from the dictionary file and the
 * parallel file loaded together. A pair's weight in (0, 1] is the dictionary's weight, or the
 * agreement of the two IBM Model 1 directions, whichever is stronger. Immutable and thread-safe.
 *
 * <p>Entries are held in primitive arrays, sorted by key and weight (compressed sparse rows), so
 * that loading is parsing plus one sort.
 */
public final class Lexicon {
  private static final Lexicon BUNDLED =
      new Lexicon(
          () -> tables(name -> Lexicon.class.getResourceAsStream("/models/" + name)),
          NameMatcher::bundled,
          () -> BundledWords.COMMON,
          () -> BundledWords.PERSON_NAMES);

  private final Supplier<Tables> loader;
  private volatile Tables tables;
  private final Supplier<NameMatcher> names;
  private final Supplier<Set<String>> commonEnglish;
  private final Supplier<Set<String>> personNames;

  /** One translation of a key, with its weight. */
  public record Translation(String key, float weight) {}

  /** The loaded entries, both directions. */
  private record Tables(
      Side arabic,
      Side english,
      int dictionaryEntries,
      int wordnetEntries,
      int nameEntries,
      int parallelEntries,
      Set<String> translatedNames) {}

  private Lexicon(
      Supplier<Tables> loader,
      Supplier<NameMatcher> names,
      Supplier<Set<String>> commonEnglish,
      Supplier<Set<String>> personNames) {
    this.loader = loader;
    this.names = names;
    this.commonEnglish = commonEnglish;
    this.personNames = personNames;
  }

  /** The bundled word lists, each read on first use. */
  private static final class BundledWords {
    static final Set<String> COMMON = bundledWords(LexiconFiles.COMMON_ENGLISH);
    static final Set<String> PERSON_NAMES = bundledWords(LexiconFiles.PERSON_NAMES);

    private static Set<String> bundledWords(String name) {
      return words(name, () -> Lexicon.class.getResourceAsStream("/models/" + name));
    }
  }

  private static Set<String> words(String name, FileSource in) {
    try (InputStream raw = in.open()) {
      return Set.copyOf(dataLines(raw));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** The lines of a gzipped model file, stripped, without blank lines and # comments. */
  private static List<String> dataLines(InputStream raw) throws IOException {
    if (raw == null) {
      throw new IOException("missing");
    }
    List<String> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(raw)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && w.charAt(0) != '#') {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * The lexicon shipped inside qarin's jar. Its files are read once, on first use or by {@link
   * #preload()}.
   */
  public static Lexicon bundled() {
    return BUNDLED;
  }

  /**
   * Starts loading the bundled lexicon on a background thread, so that it overlaps with reading and
   * segmenting the inputs; the first lookup waits for it.
   */
  public static void preload() {
    Thread t = new Thread(BUNDLED::tables, "qarin-lexicon");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The lexicon files in {@code dir} (what {@code --models DIR} points at), read now.
   *
   * @throws UncheckedIOException when a file is missing or unreadable
   */
  public static Lexicon load(Path dir) {
    Tables t = tables(name -> Files.newInputStream(dir.resolve(name)));
    // a folder from before the name model and the word list still aligns, with the jar's
    NameMatcher m =
        Files.isRegularFile(dir.resolve(NameMatcher.FILE))
            ? NameMatcher.load(dir)
            : NameMatcher.bundled();
    Path common = dir.resolve(LexiconFiles.COMMON_ENGLISH);
    Set<String> words =
        Files.isRegularFile(common)
            ? words(common.toString(), () -> Files.newInputStream(common))
            : BundledWords.COMMON;
    Path persons = dir.resolve(LexiconFiles.PERSON_NAMES);
    Set<String> spellings =
        Files.isRegularFile(persons)
            ? words(persons.toString(), () -> Files.newInputStream(persons))
            : BundledWords.PERSON_NAMES;
    return new Lexicon(() -> t, () -> m, () -> words, () -> spellings);
  }

  /** A lexicon without entries: alignment then rests on names, numbers and length. */
  public static Lexicon empty() {
    Tables t = new Entries().tables(0, 0, 0, 0, Set.of());
    return new Lexicon(() -> t, NameMatcher::bundled, Set::of, Set::of);
  }

  private Tables tables() {
    Tables t = tables;
    if (t == null) {
      synchronized (this) {
        if (tables == null) {
          tables = loader.get();
        }
        t = tables;
      }
    }
    return t;
  }

  private static Tables tables(Opener opener) {
    Entries e = new Entries();
    try {
      int dict = e.read(LexiconFiles.DICTIONARY, opener.open(LexiconFiles.DICTIONARY), false);
      int wordnet = e.read(LexiconFiles.WORDNET, opener.open(LexiconFiles.WORDNET), false);
      int names = e.read(LexiconFiles.NAMES, opener.open(LexiconFiles.NAMES), false);
      int parallel = e.read(LexiconFiles.PARALLEL, opener.open(LexiconFiles.PARALLEL), true);
      return e.tables(dict, wordnet, names, parallel, arabicKeys(opener.open(LexiconFiles.NAMES)));
    } catch (IOException x) {
      throw new UncheckedIOException("cannot read the lexicon: " + x.getMessage(), x);
    }
  }

  /** The Arabic keys of a lexicon file: its first column. */
  private static Set<String> arabicKeys(InputStream raw) throws IOException {
    Set<String> keys = new HashSet<>();
    for (String line : dataLines(raw)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        keys.add(line.substring(0, tab));
      }
    }
    return keys;
  }

  /**
   * Whether an Arabic lexicon key is a name the names file translates rather than transliterates: a
   * country, city, language or currency (الصين: China, الروسية: Russian).
   */
  public boolean translatedName(String arabicKey) {
    return tables().translatedNames().contains(arabicKey);
  }

  /**
   * Whether an English word (lower case, as {@link EnglishTerms#lower} gives it) is known as a
   * common word: written in lower case in the training sentences, or a lower-case WordNet lemma.
   */
  public boolean commonEnglish(String lowerCaseWord) {
    return commonEnglish.get().contains(lowerCaseWord);
  }

  /**
   * Whether a word spells a given or family name of the person-name list: an Arabic word by its
   * light key ({@link ArabicTerms#lightKey}), an English one in lower case ({@link
   * EnglishTerms#lower}). Many are common words too (كريم, أمل, Rose, Young).
   */
  public boolean personName(String key) {
    return personNames.get().contains(key);
  }

  private volatile NameShape shape;

  /**
   * How much a lower-case English word looks like a person's name rather than a common word, from 0
   * to 1, by its letter trigrams ({@link NameShape}, learned from the two word lists when first
   * asked).
   */
  public double nameShape(String lowerCaseWord) {
    NameShape s = shape;
    if (s == null) {
      synchronized (this) {
        if (shape == null) {
          shape = new NameShape(personNames.get(), commonEnglish.get());
        }
        s = shape;
      }
    }
    return s.of(lowerCaseWord);
  }

  /** The model that tells the same name in both scripts, from the same models folder. */
  public NameMatcher names() {
    return names.get();
  }

  /** English translations of an Arabic key, strongest first. */
  public List<Translation> english(String arabicKey) {
    return tables().arabic().translations(arabicKey);
  }

  /** Arabic translations of an English key, strongest first. */
  public List<Translation> arabic(String englishKey) {
    return tables().english().translations(englishKey);
  }

  /**
   * An Arabic key's English translations as English word ids, strongest first: for callers that
   * match many keys against one document's words, where comparing ids costs less than hashing
   * strings. Ids are those of {@link #englishId}.
   */
  public Row englishIds(String arabicKey) {
    return tables().arabic().row(arabicKey);
  }

  /** The id of an English key, or -1 when the lexicon does not have it. */
  public int englishId(String englishKey) {
    return tables().english().id(englishKey);
  }

  /** Translations as ids of the other side's words and their weights, strongest first. */
  public static final class Row {
    private static final Row EMPTY = new Row(new int[0], new float[0], 0, 0);
    private final int[] ids;
    private final float[] weights;
    private final int from;
    private final int to;

    private Row(int[] ids, float[] weights, int from, int to) {
      this.ids = ids;
      this.weights = weights;
      this.from = from;
      this.to = to;
    }

    public int size() {
      return to - from;
    }

    public int id(int n) {
      return ids[from + n];
    }

    public float weight(int n) {
      return weights[from + n];
    }
  }

  public boolean knowsArabic(String key) {
    return tables().arabic().knows(key);
  }

  public boolean knowsEnglish(String key) {
    return tables().english().knows(key);
  }

  public int dictionaryEntries() {
    return tables().dictionaryEntries();
  }

  public int wordnetEntries() {
    return tables().wordnetEntries();
  }

  public int nameEntries() {
    return tables().nameEntries();
  }

  public int parallelEntries() {
    return tables().parallelEntries();
  }

  /** Weight of a learned pair: both directions must agree, or one must be confident. */
  static float learnedWeight(double enGivenAr, double arGivenEn) {
    return (float) Math.max(Math.sqrt(enGivenAr * arGivenEn), 0.5 * Math.max(enGivenAr, arGivenEn));
  }

  @FunctionalInterface
  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  @FunctionalInterface
  private interface FileSource {
    InputStream open() throws IOException;
  }

  /** One direction: for each key, its translations as rows of the other side's word ids. */
  private static final class Side {
    private final Map<String, Integer> ids;
    private final List<String> otherWords;
    private final int[] rowStart;
    private final int[] other;
    private final float[] weight;

    Side(
        Map<String, Integer> ids,
        List<String> words,
        int size,
        int[] key,
        int[] value,
        float[] w,
        List<String> otherWords) {
      this.otherWords = otherWords;
      this.ids = ids;
      // sort entries by key, then strongest first, then by the other word for determinism
      long[] order = new long[size];
      for (int n = 0; n < size; n++) {
        long q = 65535 - Math.round(w[n] * 65535);
        order[n] = ((long) key[n] << 40) | (q << 24) | value[n];
      }
      Arrays.sort(order);
      rowStart = new int[words.size() + 1];
      other = new int[size];
      weight = new float[size];
      int kept = 0;
      int rowFirst = 0;
      int row = -1;
      for (int n = 0; n < size; n++) {
        int k = (int) (order[n] >>> 40);
        int o = (int) (order[n] & 0xFFFFFF);
        if (k != row) {
          row = k;
          rowFirst = kept;
        }
        if (!contains(other, rowFirst, kept, o)) { // a pair in both files: keep the stronger
          rowStart[k + 1]++;
          other[kept] = o;
          weight[kept] = (65535 - ((order[n] >>> 24) & 0xFFFF)) / 65535f;
          kept++;
        }
      }
      for (int k = 0; k < words.size(); k++) {
        rowStart[k + 1] += rowStart[k];
      }
    }

    private static boolean contains(int[] a, int from, int to, int x) {
      for (int i = from; i < to; i++) {
        if (a[i] == x) {
          return true;
        }
      }
      return false;
    }

    /** The key's id on this side, or -1. */
    int id(String key) {
      Integer id = ids.get(key);
      return id == null ? -1 : id;
    }

    boolean knows(String key) {
      int id = id(key);
      return id >= 0 && rowStart[id + 1] > rowStart[id];
    }

    Row row(String key) {
      int id = id(key);
      return id < 0 ? Row.EMPTY : new Row(other, weight, rowStart[id], rowStart[id + 1]);
    }

    List<Translation> translations(String key) {
      Row row = row(key);
      return new AbstractList<>() {
        @Override
        public Translation get(int index) {
          return new Translation(otherWords.get(row.id(index)), row.weight(index));
        }

        @Override
        public int size() {
          return row.size();
        }
      };
    }
  }

  /** Entries as parsed: word ids per language and parallel arrays of (ar, en, weight). */
  private static final class Entries {
    final List<String> arWords = new ArrayList<>();
    final List<String> enWords = new ArrayList<>();
    final Map<String, Integer> arIds = new HashMap<>();
    final Map<String, Integer> enIds = new HashMap<>();
    int[] ar = new int[1 << 16];
    int[] en = new int[1 << 16];
    float[] weight = new float[1 << 16];
    int size;

    Tables tables(
        int dictionaryEntries,
        int wordnetEntries,
        int nameEntries,
        int parallelEntries,
        Set<String> translatedNames) {
      return new Tables(
          new Side(arIds, arWords, size, ar, en, weight, enWords),
          new Side(enIds, enWords, size, en, ar, weight, arWords),
          dictionaryEntries,
          wordnetEntries,
          nameEntries,
          parallelEntries,
          Set.copyOf(translatedNames));
    }

    /**
     * Reads one file's entries; a line that is not ARABIC, ENGLISH and its weights separated by
     * tabs, with plain decimals, is an error naming the file and the line (a hand-edited file's
     * CRLF line ends are fine).
     */
    int read(String name, InputStream raw, boolean learned) throws IOException {
      if (raw == null) {
        throw new IOException(name + " is missing");
      }
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
        bytes = in.readAllBytes();
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      int entries = 0;
      int pos = 0;
      int line = 0;
      while (pos < text.length()) {
        line++;
        int next = text.indexOf('\n', pos);
        next = next < 0 ? text.length() : next;
        int end = next > pos && text.charAt(next - 1) == '\r' ? next - 1 : next;
        if (end > pos && text.charAt(pos) != '#') {
          if (!add(text, pos, end, learned)) {
            throw new IOException(
                name
                    + " line "
                    + line
                    + " is not ARABIC<TAB>ENGLISH<TAB>"
                    + (learned ? "PROBABILITY<TAB>COUNT" : "WEIGHT")
                    + " with plain decimals");
          }
          entries++;
        }
        pos = next + 1;
      }
      return entries;
    }

    /** Adds the entry of one line; false when the line is malformed. */
    private boolean add(String text, int from, int end, boolean learned) {
      int t1 = text.indexOf('\t', from);
      int t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
      int t3 = !learned ? end : t2 < 0 ? -1 : text.indexOf('\t', t2 + 1);
      if (t1 <= from
          || t1 >= end
          || t2 <= t1 + 1
          || t2 >= end
          || t3 < 0
          || t3 > end
          || (learned && t3 == end)
          || !isDecimal(text, t2 + 1, learned ? t3 : end)
          || (learned && !isDecimal(text, t3 + 1, end))) {
        return false;
      }
      float w =
          learned
              ? learnedWeight(decimal(text, t2 + 1, t3), decimal(text, t3 + 1, end))
              : (float) decimal(text, t2 + 1, end);
      if (w <= 0) {
        return true;
      }
      if (size == ar.length) {
        ar = Arrays.copyOf(ar, size * 2);
        en = Arrays.copyOf(en, size * 2);
        weight = Arrays.copyOf(weight, size * 2);
      }
      ar[size] = id(arIds, arWords, text.substring(from, t1));
      en[size] = id(enIds, enWords, text.substring(t1 + 1, t2));
      weight[size] = Math.min(1f, w);
      size++;
      return true;
    }

    /** Whether {@code s[from, to)} is a plain decimal: digits with at most one point. */
    private static boolean isDecimal(String s, int from, int to) {
      boolean digit = false;
      boolean point = false;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c == '.' && !point) {
          point = true;
        } else if (c >= '0' && c <= '9') {
          digit = true;
        } else {
          return false;
        }
      }
      return digit;
    }

    private static int id(Map<String, Integer> ids, List<String> words, String w) {
      Integer id = ids.get(w);
      if (id == null) {
        id = words.size();
        ids.put(w, id);
        words.add(w);
      }
      return id;
    }

    /**
     * Parses the files' plain decimals ("1", "0.8", "0.0776") without the cost of a full parser.
     */
    private static double decimal(String s, int from, int to) {
      double value = 0;
      double scale = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c == '.') {
          scale = 1;
        } else {
          value = value * 10 + (c - '0');
          scale *= 10;
        }
      }
      return scale == 0 ? value : value / scale;
    }
  }
}

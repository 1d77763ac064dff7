package org.qarin.lexicon.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.qarin.export.AtomicFiles;
import org.qarin.lexicon.ArabicTerms;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.lexicon.LexiconFiles;
import org.qarin.lexicon.Terms;
import org.qarin.model.Language;

/**
 * Builds qarin's lexicon files from the project's development data (the folder {@code qarin lexicon
 * build --data} names): a dictionary file from FreeDict and the Buckwalter stems' glosses (GPL), a
 * file from Arabic WordNet and Wiktionary (CC BY-SA), and a file of IBM Model 1 word translation
 * probabilities learned in both directions from the training part ({@link Split#TRAIN}) of TICO-19,
 * PUD and Tatoeba. The files are kept apart because their licences differ; the aligner loads them
 * together.
 */
public final class LexiconBuilder {
  private static final int IBM_ITERATIONS = 8;
  private static final int MAX_PHRASE_KEYS = 3;
  private static final double MIN_PROBABILITY = 0.01;
  private static final int TOP_PER_WORD = 8;

  /** CLDR's display names of territories, cities, languages, scripts and currencies. */
  private static final String CLDR = "names-ar-en/cldr-names.tsv";

  /** The weight of a WordNet pair whose Arabic word has no other translation there. */
  private static final double WORDNET_WEIGHT = 0.7;

  /** What a build wrote. */
  public record Result(
      int dictionaryEntries,
      int wordnetEntries,
      int nameEntries,
      int parallelEntries,
      int sentencePairs,
      int commonEnglishWords,
      int personNameWords,
      NameModelBuilder.Result nameModel) {}

  private LexiconBuilder() {}

  /** Reads {@code dataDir} and writes the two files into {@code modelsDir}. */
  public static Result build(Path dataDir, Path modelsDir, Consumer<String> log)
      throws IOException {
    Map<String, Map<String, double[]>> dict = new TreeMap<>();
    addPairs(dict, dataDir.resolve("freedict-ara-eng/freedict-ara-eng.pairs.tsv"), 0, 1, 1.0, log);
    addPairs(dict, dataDir.resolve("freedict-ara-eng/freedict-eng-ara.pairs.tsv"), 1, 0, 1.0, log);
    addBuckwalter(
        dict, dataDir.resolve("buckwalter-aramorph-1.0/dictStems.arabic-script.tsv"), log);
    int dictEntries = write(modelsDir.resolve(LexiconFiles.DICTIONARY), dictHeader(), dict);

    Map<String, Map<String, double[]>> wordnet = new TreeMap<>();
    addWordNet(wordnet, dataDir.resolve("wordnet-ar-en"), log);
    int wordnetEntries = write(modelsDir.resolve(LexiconFiles.WORDNET), wordnetHeader(), wordnet);

    Map<String, Map<String, double[]>> names = new TreeMap<>();
    addNames(names, dataDir, log);
    int nameEntries = write(modelsDir.resolve(LexiconFiles.NAMES), namesHeader(), names);
    NameModelBuilder.Result model = NameModelBuilder.build(dataDir, modelsDir, log);
    int personNames = writePersonNames(modelsDir.resolve(LexiconFiles.PERSON_NAMES), dataDir, log);

    ParallelCorpus corpus = ParallelCorpus.read(dataDir, log);
    Map<String, Map<String, double[]>> learned = learn(corpus, log);
    int parallelEntries =
        write(modelsDir.resolve(LexiconFiles.PARALLEL), parallelHeader(corpus), learned);
    int commonWords =
        writeCommonWords(
            modelsDir.resolve(LexiconFiles.COMMON_ENGLISH),
            corpus,
            dataDir.resolve("wordnet-ar-en"),
            log);
    return new Result(
        dictEntries,
        wordnetEntries,
        nameEntries,
        parallelEntries,
        corpus.size(),
        commonWords,
        personNames,
        model);
  }

  private static void addPairs(
      Map<String, Map<String, double[]>> dict,
      Path tsv,
      int arCol,
      int enCol,
      double weight,
      Consumer<String> log)
      throws IOException {
    int before = size(dict);
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length > Math.max(arCol, enCol)) {
        for (String ar : f[arCol].split("[،,;؛]")) {
          addEntry(dict, ar, f[enCol], weight);
        }
      }
    }
    log.accept(tsv.getFileName() + ": " + (size(dict) - before) + " entries");
  }

  private static void addBuckwalter(
      Map<String, Map<String, double[]>> dict, Path tsv, Consumer<String> log) throws IOException {
    int before = size(dict);
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length >= 7) {
        for (String gloss : f[6].split(";")) {
          // glosses carry notes in parentheses and brackets: "remain (in place)"
          addEntry(dict, f[1], gloss.replaceAll("\\([^)]*\\)|\\[[^]]*]", " "), 0.8);
        }
      }
    }
    log.accept(tsv.getFileName() + ": " + (size(dict) - before) + " entries");
  }

  /**
   * Adds the Arabic WordNet and Wiktionary pairs. Each pairs an Arabic lemma with every English
   * lemma of a synset, so a word of many senses gets many loose pairs: its pairs are weighted down
   * by the square root of their number, from at most {@link #WORDNET_WEIGHT}.
   */
  private static void addWordNet(
      Map<String, Map<String, double[]>> wordnet, Path dir, Consumer<String> log)
      throws IOException {
    Map<String, Map<String, double[]>> raw = new TreeMap<>();
    for (String file : List.of("awn-lemmas.tsv", "awn-brokenplurals.tsv", "wiktionary-omw.tsv")) {
      for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length >= 2) {
          addEntry(raw, f[0], f[1], 1.0);
        }
      }
    }
    raw.forEach(
        (ar, ens) -> {
          double w = WORDNET_WEIGHT / Math.sqrt(ens.size());
          ens.forEach(
              (en, weight) ->
                  wordnet
                      .computeIfAbsent(ar, k -> new TreeMap<>())
                      .put(en, new double[] {w * weight[0]}));
        });
    log.accept("wordnet-ar-en: " + size(wordnet) + " entries");
  }

  /**
   * Adds CLDR's place, language and currency names: translations (ألمانيا, Germany; حلب, Aleppo)
   * that no transliteration model finds. Person names are left to the name matcher: as lexicon
   * entries, the 45,000 training names gave common words (كريم, أمل) name senses, and cost the seed
   * article its strongest link.
   */
  private static void addNames(
      Map<String, Map<String, double[]>> names, Path dataDir, Consumer<String> log)
      throws IOException {
    for (String line : Files.readAllLines(dataDir.resolve(CLDR), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        addEntry(names, f[0], f[1], 1.0);
      }
    }
    log.accept("names-ar-en/cldr-names.tsv: " + size(names) + " entries");
  }

  /**
   * Adds an entry for a one-word Arabic side and an English side of at most a few content words.
   */
  private static void addEntry(
      Map<String, Map<String, double[]>> dict, String ar, String en, double weight) {
    List<String> arKeys = Terms.keys(ar, Language.AR);
    List<String> enKeys = Terms.keys(en, Language.EN);
    if (arKeys.size() != 1 || enKeys.isEmpty() || enKeys.size() > MAX_PHRASE_KEYS) {
      return;
    }
    double w = weight / Math.sqrt(enKeys.size());
    for (String e : enKeys) {
      double[] old =
          dict.computeIfAbsent(arKeys.get(0), k -> new TreeMap<>())
              .putIfAbsent(e, new double[] {w});
      if (old != null) {
        old[0] = Math.max(old[0], w);
      }
    }
  }

  /**
   * Writes the English words known as common words: written in lower case at least twice in the
   * training sentences, or a one-word lower-case WordNet lemma. A capitalised word among them
   * (Hemisphere, Census) is more likely a title's capital than a name.
   */
  private static int writeCommonWords(
      Path file, ParallelCorpus corpus, Path wordnet, Consumer<String> log) throws IOException {
    java.util.TreeSet<String> words = new java.util.TreeSet<>();
    corpus
        .lowerCaseWords()
        .forEach(
            (w, n) -> {
              if (n >= 2) {
                words.add(w);
              }
            });
    for (String name : List.of("awn-lemmas.tsv", "awn-brokenplurals.tsv", "wiktionary-omw.tsv")) {
      for (String line : Files.readAllLines(wordnet.resolve(name), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length >= 2 && f[1].matches("[a-z]+")) {
          words.add(f[1]);
        }
      }
    }
    writeWords(file, commonWordsHeader(), words);
    log.accept(file.getFileName() + ": " + words.size() + " words");
    return words.size();
  }

  /**
   * Writes the words of the Wikidata person names (CC0) of the name split's training part, in both
   * scripts: the Arabic by its light key, the English in lower case. The Google pairs are left out:
   * they hold place names too, under another licence.
   */
  private static int writePersonNames(Path file, Path dataDir, Consumer<String> log)
      throws IOException {
    java.util.TreeSet<String> words = new java.util.TreeSet<>();
    for (NameSplit.Pair p : NameSplit.read(dataDir).pairs(NameSplit.Part.TRAIN)) {
      if (p.source() != NameSplit.Source.GOOGLE) {
        String arabic = ArabicTerms.lightKey(p.arabic());
        String english = EnglishTerms.lower(p.english().strip());
        if (arabic != null && arabic.length() >= 3) {
          words.add(arabic);
        }
        if (english.length() >= 3 && english.chars().allMatch(Character::isLetter)) {
          words.add(english);
        }
      }
    }
    writeWords(file, personNamesHeader(), words);
    log.accept(file.getFileName() + ": " + words.size() + " words");
    return words.size();
  }

  private static void writeWords(Path file, String header, java.util.Set<String> words)
      throws IOException {
    StringBuilder sb = new StringBuilder(header);
    words.forEach(w -> sb.append(w).append('\n'));
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.writeBytes(
        file,
        out -> {
          GZIPOutputStream gz = new GZIPOutputStream(out);
          gz.write(bytes);
          gz.finish();
        });
  }

  private static String personNamesHeader() {
    return "# qarin person-name words: one a line, a given or family name of a Wikidata person in Arabic\n"
        + "# (its light key: normalised, proclitics removed) or English (lower case), from the training\n"
        + "# part of qarin's name split (names-ar-en/wikidata-person-name-words.tsv, from\n"
        + "# NETransliteration-COLING2018).\n"
        + "# Licence of this file: CC0 1.0. Built by: qarin lexicon build.\n";
  }

  private static String commonWordsHeader() {
    return "# qarin common English words: one a line, written in lower case at least twice in the training\n"
        + "# sentences of TICO-19 (CC0), UD PUD (CC BY-SA 3.0) and Tatoeba (CC BY 2.0 FR), or a one-word\n"
        + "# lower-case lemma of Princeton WordNet 3.0 joined to Arabic WordNet (CC BY-SA 3.0; WordNet 3.0\n"
        + "# licence, Copyright 2006 by Princeton University).\n"
        + "# Licence of this file: CC BY-SA 3.0, with the WordNet 3.0 notice. Built by: qarin lexicon build.\n";
  }

  /** Trains IBM Model 1 both ways and keeps each word's strongest translations. */
  private static Map<String, Map<String, double[]>> learn(
      ParallelCorpus corpus, Consumer<String> log) {
    log.accept(
        "IBM Model 1, Arabic given English and English given Arabic, "
            + IBM_ITERATIONS
            + " iterations");
    IbmModel1 enGivenAr = new IbmModel1(corpus.arabic(), corpus.english());
    enGivenAr.train(corpus.arabic(), corpus.english(), IBM_ITERATIONS);
    IbmModel1 arGivenEn = new IbmModel1(corpus.english(), corpus.arabic());
    arGivenEn.train(corpus.english(), corpus.arabic(), IBM_ITERATIONS);
    Map<Long, double[]> probabilities = new TreeMap<>();
    enGivenAr.forEach(
        (a, e, p) -> probabilities.computeIfAbsent(pair(a, e), k -> new double[2])[0] = p);
    arGivenEn.forEach(
        (e, a, p) -> probabilities.computeIfAbsent(pair(a, e), k -> new double[2])[1] = p);
    return Pruning.strongest(probabilities, corpus, MIN_PROBABILITY, TOP_PER_WORD);
  }

  static long pair(int a, int e) {
    return ((long) a << 32) | (e & 0xFFFFFFFFL);
  }

  private static int write(Path file, String header, Map<String, Map<String, double[]>> entries)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    int[] count = {0};
    AtomicFiles.writeBytes(
        file,
        out -> {
          Writer w =
              new BufferedWriter(
                  new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
          w.write(header);
          for (Map.Entry<String, Map<String, double[]>> a : entries.entrySet()) {
            for (Map.Entry<String, double[]> e : a.getValue().entrySet()) {
              w.write(a.getKey() + "\t" + e.getKey() + "\t" + Pruning.format(e.getValue()) + "\n");
              count[0]++;
            }
          }
          w.close();
        });
    return count[0];
  }

  private static String dictHeader() {
    return "# qarin dictionary lexicon: Arabic key, English key, weight.\n"
        + "# Sources: FreeDict ara-eng and eng-ara 2022.04.21 (GPL-2.0-or-later),\n"
        + "# Buckwalter Arabic Morphological Analyzer 1.0 stem glosses (GPL-2.0).\n"
        + "# Licence of this file: GPL-2.0. Built by: qarin lexicon build.\n";
  }

  private static String wordnetHeader() {
    return "# qarin WordNet lexicon: Arabic key, English key, weight.\n"
        + "# Sources: Arabic WordNet (AWN v2, CC BY-SA 3.0) and OMW's Wiktionary links (CC BY-SA 3.0),\n"
        + "# joined to Princeton WordNet 3.0 (WordNet 3.0 licence: Copyright 2006 by Princeton University).\n"
        + "# Licence of this file: CC BY-SA 3.0, with the WordNet 3.0 notice. Built by: qarin lexicon build.\n";
  }

  private static String namesHeader() {
    return "# qarin names lexicon: Arabic key, English key, weight.\n"
        + "# Source: CLDR 48.2 display names of territories, cities, languages, scripts and currencies\n"
        + "# (Unicode License v3: Copyright 1991-2025 Unicode, Inc.).\n"
        + "# Licence of this file: Unicode License v3. Built by: qarin lexicon build.\n";
  }

  private static String parallelHeader(ParallelCorpus corpus) {
    return String.format(
        Locale.ROOT,
        "# qarin parallel lexicon: Arabic key, English key, p(en|ar), p(ar|en) from IBM Model 1.\n"
            + "# Trained on %d sentence pairs, the training part of: TICO-19 (CC0), UD PUD (CC BY-SA 3.0),\n"
            + "# Tatoeba via manythings.org and the Tatoeba Challenge test set (CC BY 2.0 FR).\n"
            + "# Licence of this file: CC BY-SA 3.0 (share-alike from PUD; attribution to Tatoeba contributors).\n"
            + "# Built by: qarin lexicon build.\n",
        corpus.size());
  }

  private static int size(Map<String, Map<String, double[]>> dict) {
    return dict.values().stream().mapToInt(Map::size).sum();
  }
}

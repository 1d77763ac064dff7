package org.qarin.lexicon.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.qarin.lexicon.Terms;
import org.qarin.lexicon.Token;
import org.qarin.lexicon.Tokenizer;
import org.qarin.model.Language;

/**
 * The sentence pairs the parallel lexicon learns from, as arrays of word ids (id 0 is the empty
 * word): the {@link Split#TRAIN training part} of TICO-19, PUD and both Tatoeba files. Dev and test
 * documents, AlignAR and FLORES are never read here: they are for tuning and evaluation only.
 */
final class ParallelCorpus {
  private final List<int[]> arabic = new ArrayList<>();
  private final List<int[]> english = new ArrayList<>();
  private final Vocabulary arVocab = new Vocabulary();
  private final Vocabulary enVocab = new Vocabulary();
  private final Map<String, Integer> lowerCase = new HashMap<>();

  static ParallelCorpus read(Path data, Consumer<String> log) throws IOException {
    ParallelCorpus c = new ParallelCorpus();
    c.add(
        data.resolve("tico19-en-ar/tico19.en-ar.by-doc.tsv"),
        3,
        4,
        true,
        f -> Split.tico(f[0]),
        log);
    c.add(data.resolve("ud-pud-ar-en/pud.en-ar.tsv"), 2, 3, true, f -> Split.pud(f[0]), log);
    c.add(
        data.resolve("tatoeba-manythings-ara-eng/ara.txt"),
        0,
        1,
        false,
        f -> Split.tatoeba(f[0]),
        log);
    c.add(
        data.resolve("tatoeba-extra-ar-en/tatoeba-test-v2021-08-07-new.tsv"),
        1,
        0,
        false,
        f -> Split.tatoeba(f[1]),
        log);
    return c;
  }

  private void add(
      Path tsv,
      int enCol,
      int arCol,
      boolean header,
      Function<String[], Split> split,
      Consumer<String> log)
      throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    int before = arabic.size();
    for (String line : header ? lines.subList(1, lines.size()) : lines) {
      String[] f = line.split("\t");
      if (f.length > Math.max(enCol, arCol) && split.apply(f) == Split.TRAIN) {
        int[] a = arVocab.ids(Terms.keys(f[arCol], Language.AR));
        int[] e = enVocab.ids(Terms.keys(f[enCol], Language.EN));
        countLowerCase(f[enCol]);
        if (a.length > 0 && e.length > 0) {
          arabic.add(a);
          english.add(e);
        }
      }
    }
    log.accept(tsv.getFileName() + ": " + (arabic.size() - before) + " sentence pairs");
  }

  /** Counts the words the English sentence writes in lower case: common words, not names. */
  private void countLowerCase(String english) {
    for (Token t : Tokenizer.tokenize(english)) {
      String w = t.text();
      if (!t.number() && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        lowerCase.merge(w, 1, Integer::sum);
      }
    }
  }

  /** How often each word was written in lower case in the English sentences. */
  Map<String, Integer> lowerCaseWords() {
    return lowerCase;
  }

  List<int[]> arabic() {
    return arabic;
  }

  List<int[]> english() {
    return english;
  }

  String arabicWord(int id) {
    return arVocab.word(id);
  }

  String englishWord(int id) {
    return enVocab.word(id);
  }

  int size() {
    return arabic.size();
  }

  /** Word ids from 1; 0 is the empty word of IBM Model 1. */
  private static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>(List.of(""));

    int[] ids(List<String> keys) {
      int[] out = new int[keys.size()];
      for (int k = 0; k < out.length; k++) {
        out[k] =
            ids.computeIfAbsent(
                keys.get(k),
                w -> {
                  words.add(w);
                  return words.size() - 1;
                });
      }
      return out;
    }

    String word(int id) {
      return words.get(id);
    }
  }
}

package org.qarin.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.qarin.lexicon.build.Split;

/**
 * The document-level parallel data under {@code ../shared/data}, Arabic and English sentences in
 * document order, whole or by {@link Split}: TICO-19's 31 documents, PUD's 397 and, for dev and
 * test only, FLORES pseudo-documents. The lexicon learns from the training part alone, so that
 * figures measured on dev and test are figures on text qarin never saw.
 */
final class ParallelDocuments {
  /** Sentences per paragraph where the data marks none (TICO-19 and FLORES). */
  static final int PARAGRAPH = 3;

  /** FLORES lines per pseudo-document: FLORES keeps a few consecutive sentences per article. */
  static final int FLORES_DOCUMENT = 12;

  /**
   * PUD documents (2 to 3 sentences each) are grouped, in file order, up to this many sentences.
   */
  static final int PUD_DOCUMENT = 12;

  /**
   * One document: a name that says where it comes from, its sentence pairs, and the paragraph of
   * each sentence (the same on both sides: these are sentence-parallel translations).
   */
  record Doc(String name, List<String> arabic, List<String> english, List<Integer> paragraph) {
    Doc {
      arabic = List.copyOf(arabic);
      english = List.copyOf(english);
      paragraph = List.copyOf(paragraph);
    }

    Doc(String name, List<String> arabic, List<String> english) {
      this(name, arabic, english, paragraphs(arabic.size()));
    }

    int size() {
      return arabic.size();
    }

    Doc part(String name, int from, int to) {
      return new Doc(
          name, arabic.subList(from, to), english.subList(from, to), paragraph.subList(from, to));
    }
  }

  private ParallelDocuments() {}

  /** TICO-19's documents, then PUD's, each in the order of its file, whatever their split. */
  static List<Doc> read(Path data) throws IOException {
    List<Doc> docs = new ArrayList<>();
    docs.addAll(read(tico(data), "tico-", 3, 4, id -> true));
    docs.addAll(read(pud(data), "pud-", 2, 3, id -> true));
    return docs;
  }

  /**
   * The documents of one split: TICO-19's, PUD's and, for dev and test, FLORES pseudo-documents
   * (FLORES's dev part for dev, its devtest for test).
   */
  static List<Doc> read(Path data, Split split) throws IOException {
    List<Doc> docs =
        new ArrayList<>(read(tico(data), "tico-", 3, 4, id -> Split.tico(id) == split));
    docs.addAll(read(pud(data), "pud-", 2, 3, id -> Split.pud(id) == split));
    if (split != Split.TRAIN) {
      String file =
          split == Split.DEV ? "flores200-dev-sib200-subset.tsv" : "flores200-devtest.tsv";
      docs.addAll(flores(data.resolve("flores-ar-en").resolve(file), "flores-" + split.id() + "-"));
    }
    return docs;
  }

  /**
   * The documents of one split as articles of a few paragraphs: PUD's two- and three-sentence
   * documents grouped in order into documents of about {@link #PUD_DOCUMENT} sentences, a paragraph
   * each.
   */
  static List<Doc> articles(Path data, Split split) throws IOException {
    List<Doc> all = read(data, split);
    List<Doc> out =
        new ArrayList<>(all.stream().filter(d -> !d.name().startsWith("pud-")).toList());
    out.addAll(
        grouped(all.stream().filter(d -> d.name().startsWith("pud-")).toList(), PUD_DOCUMENT));
    return out;
  }

  private static Path tico(Path data) {
    return data.resolve("tico19-en-ar/tico19.en-ar.by-doc.tsv");
  }

  private static Path pud(Path data) {
    return data.resolve("ud-pud-ar-en/pud.en-ar.tsv");
  }

  private static List<Doc> read(
      Path tsv, String prefix, int enColumn, int arColumn, Function<String, Boolean> keep)
      throws IOException {
    Map<String, List<String[]>> byDoc = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length > Math.max(enColumn, arColumn)
          && !f[enColumn].isBlank()
          && !f[arColumn].isBlank()
          && keep.apply(f[0])) {
        byDoc
            .computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(new String[] {oneLine(f[arColumn]), oneLine(f[enColumn])});
      }
    }
    List<Doc> docs = new ArrayList<>();
    byDoc.forEach((id, pairs) -> docs.add(doc(prefix + id, pairs)));
    return docs;
  }

  /** Consecutive documents joined until each has {@code size} sentences, one paragraph each. */
  static List<Doc> grouped(List<Doc> docs, int size) {
    List<Doc> out = new ArrayList<>();
    List<Doc> group = new ArrayList<>();
    int sentences = 0;
    for (Doc d : docs) {
      group.add(d);
      sentences += d.size();
      if (sentences >= size) {
        out.add(join(group));
        group.clear();
        sentences = 0;
      }
    }
    if (!group.isEmpty()) {
      out.add(join(group));
    }
    return out;
  }

  private static Doc join(List<Doc> group) {
    List<String> ar = new ArrayList<>();
    List<String> en = new ArrayList<>();
    List<Integer> paragraph = new ArrayList<>();
    for (int g = 0; g < group.size(); g++) {
      ar.addAll(group.get(g).arabic());
      en.addAll(group.get(g).english());
      for (int i = 0; i < group.get(g).size(); i++) {
        paragraph.add(g);
      }
    }
    return new Doc(group.get(0).name(), ar, en, paragraph);
  }

  /**
   * FLORES pseudo-documents: {@link #FLORES_DOCUMENT} consecutive lines each (the last part takes
   * the rest), paragraphs of {@link #PARAGRAPH} lines. FLORES marks no article boundaries, so a
   * pseudo-document spans two to four articles; the Arabic is the source, as in qarin's use,
   * although FLORES translated from English.
   */
  private static List<Doc> flores(Path tsv, String prefix) throws IOException {
    List<String[]> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && !f[0].isBlank() && !f[1].isBlank()) {
        pairs.add(new String[] {oneLine(f[0]), oneLine(f[1])});
      }
    }
    List<Doc> docs = new ArrayList<>();
    for (int from = 0; from < pairs.size(); from += FLORES_DOCUMENT) {
      int to = pairs.size() - from < 2 * FLORES_DOCUMENT ? pairs.size() : from + FLORES_DOCUMENT;
      docs.add(doc(String.format("%s%04d", prefix, from), pairs.subList(from, to)));
      from = to - FLORES_DOCUMENT;
    }
    return docs;
  }

  /**
   * The documents with each one longer than {@code max} sentences cut into consecutive parts of
   * {@code min} to {@code max} sentences (the last may be shorter), named NAME-pK. Parts of one
   * document share its subject but not its sentences: hard cases for matching.
   */
  static List<Doc> slices(List<Doc> docs, int min, int max, Random random) {
    List<Doc> out = new ArrayList<>();
    for (Doc d : docs) {
      if (d.size() <= max) {
        out.add(d);
        continue;
      }
      int part = 0;
      for (int from = 0; from < d.size(); part++) {
        int to = Math.min(d.size(), from + min + random.nextInt(max - min + 1));
        out.add(d.part(d.name() + "-p" + part, from, to));
        from = to;
      }
    }
    return out;
  }

  private static List<Integer> paragraphs(int size) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(i / PARAGRAPH);
    }
    return out;
  }

  private static Doc doc(String name, List<String[]> pairs) {
    List<String> ar = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (String[] p : pairs) {
      ar.add(p[0]);
      en.add(p[1]);
    }
    return new Doc(name, ar, en);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}

package org.qarin.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document-level parallel data under {@code ../shared/data}: TICO-19's 31 documents and PUD's
 * 397, each as its Arabic and English sentences in document order.
 */
final class ParallelDocuments {
  /** One document: a name that says where it comes from, and its sentence pairs. */
  record Doc(String name, List<String> arabic, List<String> english) {
    Doc {
      arabic = List.copyOf(arabic);
      english = List.copyOf(english);
    }

    int size() {
      return arabic.size();
    }
  }

  private ParallelDocuments() {}

  /** TICO-19's documents, then PUD's, each in the order of its file. */
  static List<Doc> read(Path data) throws IOException {
    List<Doc> docs = new ArrayList<>();
    docs.addAll(read(data.resolve("tico19-en-ar/tico19.en-ar.by-doc.tsv"), "tico-", 3, 4));
    docs.addAll(read(data.resolve("ud-pud-ar-en/pud.en-ar.tsv"), "pud-", 2, 3));
    return docs;
  }

  private static List<Doc> read(Path tsv, String prefix, int enColumn, int arColumn)
      throws IOException {
    Map<String, List<String[]>> byDoc = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length > Math.max(enColumn, arColumn)
          && !f[enColumn].isBlank()
          && !f[arColumn].isBlank()) {
        byDoc
            .computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(new String[] {oneLine(f[arColumn]), oneLine(f[enColumn])});
      }
    }
    List<Doc> docs = new ArrayList<>();
    byDoc.forEach((id, pairs) -> docs.add(doc(prefix + id, pairs)));
    return docs;
  }

  /**
   * The documents with each one longer than {@code max} sentences cut into consecutive parts of
   * {@code min} to {@code max} sentences (the last may be shorter), named NAME-pK. Parts of one
   * document share its subject but not its sentences: hard cases for matching.
   */
  static List<Doc> slices(List<Doc> docs, int min, int max, java.util.Random random) {
    List<Doc> out = new ArrayList<>();
    for (Doc d : docs) {
      if (d.size() <= max) {
        out.add(d);
        continue;
      }
      int part = 0;
      for (int from = 0; from < d.size(); part++) {
        int to = Math.min(d.size(), from + min + random.nextInt(max - min + 1));
        out.add(new Doc(d.name() + "-p" + part, d.arabic().subList(from, to), d.english().subList(from, to)));
        from = to;
      }
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

package org.qarin.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qarin.export.AtomicFiles;

/**
 * Long document pairs for speed and memory measurements: the sentence pairs of TICO-19, PUD and
 * Tatoeba concatenated in their order, repeated as needed, one sentence per line. The true
 * alignment is 1-1 throughout and is written too.
 */
public final class ConcatenatedPairs {
  private ConcatenatedPairs() {}

  /**
   * Writes {@code ar.txt}, {@code en.txt} and {@code gold} of {@code sentences} pairs into {@code
   * out}.
   */
  public static void write(Path data, int sentences, Path out) throws IOException {
    List<String[]> pairs = newsPairs(data);
    add(pairs, data.resolve("tatoeba-manythings-ara-eng/ara.txt"), 0, 1, false);
    StringBuilder ar = new StringBuilder();
    StringBuilder en = new StringBuilder();
    StringBuilder gold = new StringBuilder();
    for (int k = 0; k < sentences; k++) {
      String[] p = pairs.get(k % pairs.size());
      ar.append(p[1]).append('\n');
      en.append(p[0]).append('\n');
      gold.append('[').append(k).append("]:[").append(k).append("]\n");
    }
    AtomicFiles.createDirectories(out);
    AtomicFiles.write(out.resolve("ar.txt"), w -> w.write(ar.toString()));
    AtomicFiles.write(out.resolve("en.txt"), w -> w.write(en.toString()));
    AtomicFiles.write(out.resolve("gold"), w -> w.write(gold.toString()));
  }

  /** The sentence pairs of TICO-19 and PUD, in their order, each {English, Arabic}. */
  static List<String[]> newsPairs(Path data) throws IOException {
    List<String[]> pairs = new ArrayList<>();
    add(pairs, data.resolve("tico19-en-ar/tico19.en-ar.by-doc.tsv"), 3, 4, true);
    add(pairs, data.resolve("ud-pud-ar-en/pud.en-ar.tsv"), 2, 3, true);
    return pairs;
  }

  private static void add(List<String[]> pairs, Path tsv, int enCol, int arCol, boolean header)
      throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : header ? lines.subList(1, lines.size()) : lines) {
      String[] f = line.split("\t");
      if (f.length > Math.max(enCol, arCol) && !f[enCol].isBlank() && !f[arCol].isBlank()) {
        pairs.add(new String[] {oneLine(f[enCol]), oneLine(f[arCol])});
      }
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}

package org.qarin.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.qarin.export.AtomicFiles;

/**
 * Many news-length document pairs for batch throughput measurements: slices of 10 to 40 consecutive
 * TICO-19 and PUD sentence pairs, written as running text in paragraphs of three sentences, into
 * {@code ar/} and {@code en/} folders paired by file name. Every third English document lacks one
 * sentence, so the audit has something to report. The same arguments give the same files.
 */
public final class NewsPairs {
  private NewsPairs() {}

  /** Writes {@code pairs} pairs into {@code out/ar} and {@code out/en}. */
  public static void write(Path data, int pairs, Path out) throws IOException {
    List<String[]> pool = ConcatenatedPairs.newsPairs(data);
    Random random = new Random(20261122L);
    Path ar = out.resolve("ar");
    Path en = out.resolve("en");
    AtomicFiles.createDirectories(ar);
    AtomicFiles.createDirectories(en);
    for (int k = 0; k < pairs; k++) {
      int length = 10 + random.nextInt(31);
      int start = random.nextInt(pool.size() - length);
      int dropped = k % 3 == 0 ? random.nextInt(length) : -1;
      StringBuilder a = new StringBuilder();
      StringBuilder e = new StringBuilder();
      for (int i = 0; i < length; i++) {
        String[] p = pool.get(start + i);
        append(a, p[1], i);
        if (i != dropped) {
          append(e, p[0], i);
        }
      }
      String name = String.format("%05d.txt", k);
      AtomicFiles.write(ar.resolve(name), w -> w.write(a.append('\n').toString()));
      AtomicFiles.write(en.resolve(name), w -> w.write(e.append('\n').toString()));
    }
  }

  private static void append(StringBuilder text, String sentence, int index) {
    if (!text.isEmpty()) {
      text.append(index % 3 == 0 ? "\n\n" : " ");
    }
    text.append(sentence);
  }
}

package org.qarin.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.qarin.lab.ParallelDocuments.Doc;

/**
 * Builds a large collection for timing {@code qarin match}: news-length documents of 5 to 30
 * sentences cut from the stream of all TICO-19 and PUD sentence pairs at random places, repeating
 * the stream as often as needed. Like {@link MatchCollection}, a third of the sources lose their
 * English side and a quarter of the rest are cut to half; the English documents left out are
 * replaced with English slices of other places, so that both sides have {@code count} documents.
 * Slices may overlap, so the truth written is only approximate; this collection is for speed.
 */
public final class MatchSpeedCollection {
  private static final int MIN_SENTENCES = 5;
  private static final int MAX_SENTENCES = 30;

  private MatchSpeedCollection() {}

  /** Writes {@code count} sources and {@code count} targets into {@code out}. */
  public static void build(Path data, Path out, int count, long seed) throws IOException {
    List<String[]> stream = pairs(ParallelDocuments.read(data));
    Random random = new Random(seed);
    List<Doc> docs = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      docs.add(slice(stream, String.format(java.util.Locale.ROOT, "slice-%05d", k), random));
    }
    List<MatchCollection.Truth> truth = MatchCollection.write(docs, out, seed);
    int missing = (int) truth.stream().filter(t -> t.kind() == MatchCollection.Kind.NONE).count();
    for (int k = 0; k < missing; k++) {
      Doc other = slice(stream, String.format(java.util.Locale.ROOT, "other-%05d", k), random);
      MatchCollection.writeLines(
          out.resolve("target").resolve(MatchCollection.hashedName(other.name(), seed)),
          other.english());
    }
  }

  private static List<String[]> pairs(List<Doc> docs) {
    List<String[]> out = new ArrayList<>();
    for (Doc d : docs) {
      for (int i = 0; i < d.size(); i++) {
        out.add(new String[] {d.arabic().get(i), d.english().get(i)});
      }
    }
    return out;
  }

  private static Doc slice(List<String[]> stream, String name, Random random) {
    int length = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
    int start = random.nextInt(stream.size());
    List<String> ar = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int k = 0; k < length; k++) {
      String[] p = stream.get((start + k) % stream.size());
      ar.add(p[0]);
      en.add(p[1]);
    }
    return new Doc(name, ar, en);
  }
}

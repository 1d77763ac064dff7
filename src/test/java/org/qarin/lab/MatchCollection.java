package org.qarin.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.qarin.export.AtomicFiles;
import org.qarin.lab.ParallelDocuments.Doc;
import org.qarin.lexicon.build.Split;

/**
 * Builds a test collection for {@code qarin match} from the documents of one {@link Split}
 * (TICO-19's, PUD's and FLORES pseudo-documents; train is never used, as the lexicon learned from
 * it): each document's Arabic side becomes {@code source/NAME.txt}, its English side {@code
 * target/HASH-en.txt} under a name derived from a hash, so names give nothing away. A third of the
 * English documents are left out (their Arabic has no counterpart) and a quarter of the others are
 * cut to their first or second half. {@code truth.tsv} says which target renders which source:
 * {@code source}, {@code target} (empty when none does) and {@code kind} ({@code whole}, {@code
 * half} or {@code none}).
 *
 * <p>Documents are written one sentence per line, as the data holds them; random choices come from
 * the seed, so a seed gives the same collection on every machine.
 */
public final class MatchCollection {
  /** The share of English documents left out. */
  static final double REMOVED = 1 / 3.0;

  /** The share of the remaining English documents (of two sentences or more) cut to half. */
  static final double CUT = 0.25;

  /** What a source document's counterpart is in the collection. */
  public enum Kind {
    /** The whole English document is there. */
    WHOLE,
    /** Half of the English document is there. */
    HALF,
    /** The English document was left out. */
    NONE;

    /** The lower-case name used in {@code truth.tsv}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One line of {@code truth.tsv}; {@code target} is empty for {@link Kind#NONE}. */
  public record Truth(String source, String target, Kind kind) {}

  private MatchCollection() {}

  /** Writes the collection into {@code out} and returns its truth, ordered by source name. */
  public static List<Truth> build(Path data, Split split, Path out, long seed) throws IOException {
    return write(ParallelDocuments.read(data, split), out, seed);
  }

  /**
   * Like {@link #build}, but with every document longer than 30 sentences (TICO-19's) cut into
   * consecutive news-length parts of 5 to 30 sentences: many more long documents, and many pairs of
   * them on one subject without a sentence in common.
   */
  public static List<Truth> buildSliced(Path data, Split split, Path out, long seed)
      throws IOException {
    Random random = new Random(seed * 31 + 7);
    return write(
        ParallelDocuments.slices(ParallelDocuments.read(data, split), 5, 30, random), out, seed);
  }

  /** Writes a collection of the given documents; package-private for the speed benchmark. */
  static List<Truth> write(List<Doc> docs, Path out, long seed) {
    Random random = new Random(seed);
    List<Doc> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, random);
    int removed = (int) Math.round(docs.size() * REMOVED);
    Path sourceDir = out.resolve("source");
    Path targetDir = out.resolve("target");
    AtomicFiles.createDirectories(sourceDir);
    AtomicFiles.createDirectories(targetDir);
    List<Truth> truth = new ArrayList<>();
    for (int k = 0; k < shuffled.size(); k++) {
      Doc d = shuffled.get(k);
      String source = d.name() + ".txt";
      writeLines(sourceDir.resolve(source), d.arabic());
      Kind kind =
          k < removed
              ? Kind.NONE
              : d.size() >= 2 && random.nextDouble() < CUT ? Kind.HALF : Kind.WHOLE;
      String target = "";
      if (kind != Kind.NONE) {
        target = hashedName(d.name(), seed);
        writeLines(
            targetDir.resolve(target), kind == Kind.HALF ? half(d.english(), random) : d.english());
      }
      truth.add(new Truth(source, target, kind));
    }
    truth.sort(Comparator.comparing(Truth::source));
    writeTruth(out.resolve("truth.tsv"), truth);
    return truth;
  }

  /** The truth of a collection written before, from its {@code truth.tsv}. */
  public static List<Truth> readTruth(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("truth.tsv"), StandardCharsets.UTF_8);
    List<Truth> truth = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      truth.add(new Truth(f[0], f[1], Kind.valueOf(f[2].toUpperCase(Locale.ROOT))));
    }
    return truth;
  }

  /** The first or the second half of the sentences, by a coin toss. */
  private static List<String> half(List<String> sentences, Random random) {
    int mid = sentences.size() / 2;
    return random.nextBoolean()
        ? sentences.subList(0, Math.max(1, mid))
        : sentences.subList(mid, sentences.size());
  }

  /** A file name that depends on the document and the seed only, and reveals neither. */
  static String hashedName(String name, long seed) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] h = sha.digest((seed + ":" + name).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8) + "-en.txt";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static void writeLines(Path file, List<String> lines) {
    AtomicFiles.write(file, w -> w.write(String.join("\n", lines) + "\n"));
  }

  private static void writeTruth(Path file, List<Truth> truth) {
    AtomicFiles.write(
        file,
        w -> {
          w.write("source\ttarget\tkind\n");
          for (Truth t : truth) {
            w.write(t.source() + "\t" + t.target() + "\t" + t.kind().id() + "\n");
          }
        });
  }
}

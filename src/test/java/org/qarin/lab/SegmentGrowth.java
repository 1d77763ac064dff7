package org.qarin.lab;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.qarin.model.Language;
import org.qarin.segment.SentenceSegmenter;

/**
 * How segmentation time grows with the length of a single unpunctuated line, the input that makes a
 * careless segmenter quadratic: the words of a sample text, punctuation removed, repeated to lines
 * of the given sizes. Linear growth shows as a constant time per megabyte. Time is the segmenting
 * thread's CPU time, which other processes on a busy machine do not inflate as they do the
 * wall-clock time (reported too).
 */
public final class SegmentGrowth {
  private static final int MB = 1_000_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SegmentGrowth() {}

  /** One measurement: the line's size, its sentences, and the time segmentation took. */
  public record Row(
      Language language,
      int megabytes,
      int characters,
      int sentences,
      double cpuSeconds,
      double wallSeconds) {
    /** CPU seconds per megabyte of the line. */
    public double cpuSecondsPerMegabyte() {
      return cpuSeconds / megabytes;
    }
  }

  /**
   * The words of {@code sample}, without punctuation, repeated into one line of at least {@code
   * utf8Bytes} bytes in UTF-8 (words joined by single spaces).
   */
  public static String unpunctuatedLine(String sample, int utf8Bytes) {
    String[] words = sample.replaceAll("[^\\p{L}\\p{M}\\p{N}\\s]", "").trim().split("\\s+");
    StringBuilder line = new StringBuilder(utf8Bytes);
    int bytes = 0;
    for (int k = 0; bytes < utf8Bytes; k++) {
      String word = words[k % words.length];
      if (k > 0) {
        line.append(' ');
        bytes++;
      }
      line.append(word);
      bytes += word.getBytes(StandardCharsets.UTF_8).length;
    }
    return line.toString();
  }

  /**
   * Segments lines of each size (in MB of UTF-8) built from {@code sample}, after one unmeasured
   * run of the smallest size so that the JIT has compiled the hot code.
   */
  public static List<Row> measure(
      SentenceSegmenter segmenter, Language language, String sample, int... megabytes) {
    segmenter.segment(unpunctuatedLine(sample, megabytes[0] * MB), language);
    List<Row> rows = new ArrayList<>();
    for (int size : megabytes) {
      String line = unpunctuatedLine(sample, size * MB);
      long cpu = THREADS.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      int sentences = segmenter.segment(line, language).size();
      double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      rows.add(new Row(language, size, line.length(), sentences, cpuSeconds, wallSeconds));
    }
    return rows;
  }
}

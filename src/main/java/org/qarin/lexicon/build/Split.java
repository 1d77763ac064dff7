package org.qarin.lexicon.build;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Which part of the development data a document or sentence pair belongs to. Only {@link #TRAIN}
 * ever reaches a model; {@link #DEV} is for tuning and {@link #TEST} for the figures qarin reports.
 * The parts are cut by document, so no text of a test document was seen in training or tuning
 * (docs/evaluation.md gives the rule and the sizes).
 */
public enum Split {
  TRAIN,
  DEV,
  TEST;

  // TICO-19 has 31 documents of very different sizes and kinds: cut by hand so that dev and test
  // each get news (Wikinews), encyclopaedic text, scientific abstracts and a source text, about a
  // sixth of the sentences each.
  private static final Set<String> TICO_DEV =
      Set.of(
          "Wikinews_2",
          "Wikinews_5",
          "PubMed_9",
          "Wikipedia_handpicked_5",
          "wiki_5",
          "wiki_20",
          "Wikisource_1");
  private static final Set<String> TICO_TEST =
      Set.of(
          "Wikinews_1",
          "Wikinews_4",
          "PubMed_10",
          "Wikipedia_handpicked_4",
          "wiki_13",
          "wiki_7",
          "wiki_29");

  /** The split of a TICO-19 document, by its id ({@code Wikinews_1}). */
  public static Split tico(String documentId) {
    return TICO_DEV.contains(documentId) ? DEV : TICO_TEST.contains(documentId) ? TEST : TRAIN;
  }

  /** The split of a UD PUD document, by its id ({@code n01001}): a fifth each for dev and test. */
  public static Split pud(String documentId) {
    return byHash(documentId, 5);
  }

  /**
   * The split of a Tatoeba pair, by its English sentence: a tenth each for dev and test. The
   * English decides so that one sentence translated twice falls into one part.
   */
  public static Split tatoeba(String english) {
    return byHash(english.strip().toLowerCase(Locale.ROOT), 10);
  }

  private static Split byHash(String key, int parts) {
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    long part = crc.getValue() % parts;
    return part == 0 ? DEV : part == 1 ? TEST : TRAIN;
  }

  /** The split's name in commands and file names: {@code train}, {@code dev}, {@code test}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

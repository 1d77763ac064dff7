package org.qarin.lexicon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Word-to-key results shared by every thread. Stemming, normalising and looking up the same words
 * again and again is a large part of auditing a batch of news pairs, whose vocabularies overlap.
 * The cache empties itself when full, so memory stays flat over any number of pairs; callers only
 * cache pure functions of the word, so results do not depend on what was cached.
 */
public final class TermCache<V> {
  private static final Object NULL = new Object();
  private static final int LIMIT = 100_000;

  private final Map<String, Object> map = new ConcurrentHashMap<>();

  /**
   * The cached value for {@code word}, computed with {@code compute} when missing (null allowed).
   */
  @SuppressWarnings("unchecked")
  public V get(String word, Function<String, V> compute) {
    Object v = map.get(word);
    if (v == null) {
      V computed = compute.apply(word);
      if (map.size() >= LIMIT) {
        map.clear();
      }
      map.put(word, computed == null ? NULL : computed);
      return computed;
    }
    return v == NULL ? null : (V) v;
  }
}

package org.qarin.lexicon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Word-to-key results shared by every thread. Stemming and normalising the same words again and
 * again is a large part of auditing a batch of news pairs, whose vocabularies overlap. The cache
 * empties itself when full, so memory stays flat over any number of pairs; the values are pure
 * functions of the word, so results do not depend on what was cached.
 */
final class TermCache<V> {
  private static final Object NULL = new Object();
  private static final int LIMIT = 100_000;

  private final Map<String, Object> map = new ConcurrentHashMap<>();
  private final Function<String, V> compute;

  TermCache(Function<String, V> compute) {
    this.compute = compute;
  }

  @SuppressWarnings("unchecked")
  V get(String word) {
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

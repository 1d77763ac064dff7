package org.qarin.lexicon;

/** Names of the lexicon files under {@code models/}: one file per licence family. */
public final class LexiconFiles {
  /** FreeDict (GPL-2+) and Buckwalter (GPL-2) entries: GPL-2. */
  public static final String DICTIONARY = "lexicon-dict.tsv.gz";

  /** Arabic WordNet and Wiktionary pairs (CC BY-SA 3.0), with Princeton WordNet 3.0's English. */
  public static final String WORDNET = "lexicon-wordnet.tsv.gz";

  /** CLDR place, language and currency names (Unicode License v3). */
  public static final String NAMES = "lexicon-names.tsv.gz";

  /** IBM Model 1 probabilities from TICO-19 (CC0), PUD (CC BY-SA 3.0), Tatoeba (CC BY 2.0 FR). */
  public static final String PARALLEL = "lexicon-parallel.tsv.gz";

  /** English words known in lower case (training sentences CC BY-SA 3.0, WordNet lemmas). */
  public static final String COMMON_ENGLISH = "english-common.txt.gz";

  /** Words of person names in both scripts, Wikidata (CC0): the training part of the name split. */
  public static final String PERSON_NAMES = "names-person.txt.gz";

  private LexiconFiles() {}
}

package org.qarin.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.SmallFloat;
import org.qarin.model.Document;
import org.qarin.model.Language;

/**
 * An in-memory inverted index of documents over {@link MatchTerms}, searched with BM25 (Robertson
 * and Zaragoza 2009, "The Probabilistic Relevance Framework: BM25 and Beyond") by documents in the
 * other language, scored exactly as Lucene's {@code BM25Similarity} scores (default k1 and b,
 * document lengths rounded as Lucene stores them).
 *
 * <p>Terms are ids and postings plain arrays, and every query scores every document that holds one
 * of its terms. A Lucene index and searcher did the same work about thirty times slower (JFR
 * samples on {@code qarin bench match-speed}): at a thousand documents a side, setting up queries
 * of hundreds of clauses (a terms-dictionary seek per clause) and its skipping machinery cost far
 * more than adding up the postings. Thread-safe once built: nothing changes.
 */
final class DocumentIndex {
  /** Terms a query asks for, the most informative; the scorer's weights were fitted on this. */
  static final int QUERY_TERMS = 1000;

  private static final float K1 = 1.2f;
  private static final float B = 0.75f;

  private final MatchTerms terms;
  private final Language[] languages; // per document
  private final Map<String, Integer> ids = new HashMap<>(); // ids in order of first occurrence
  private final int[][] docTerms; // per document, its distinct term ids, ascending
  private final int[][] docFreqs; // per document, each of those terms' frequency
  private final float[] lengthNorm; // per document, BM25's k1 * (1 - b + b * length / average)
  private final int docCount; // documents with at least one term, as Lucene counts them
  private int[][] postings; // per term id, the documents that hold it, ascending
  private int[][] postingFreqs; // per term id, its frequency in each of those

  /** A document found, by its position in the indexed list, with its BM25 score. */
  record Hit(int document, float score) {}

  /**
   * A query ready to run: the language it looks for, its terms by id (ascending) with their BM25
   * weights (boost times idf), and the most its terms could score together.
   */
  static final class Query {
    private final Language language;
    private final int[] termIds;
    private final float[] weights;
    private final double information;

    Query(Language language, int[] termIds, float[] weights, double information) {
      this.language = language;
      this.termIds = termIds;
      this.weights = weights;
      this.information = information;
    }

    double information() {
      return information;
    }

    boolean isEmpty() {
      return information == 0;
    }
  }

  private DocumentIndex(List<Document> docs, List<List<String>> termLists, MatchTerms terms) {
    this.terms = terms;
    int n = docs.size();
    languages = docs.stream().map(Document::language).toArray(Language[]::new);
    docTerms = new int[n][];
    docFreqs = new int[n][];
    lengthNorm = new float[n];
    long total = 0;
    int withTerms = 0;
    for (int d = 0; d < n; d++) {
      countTerms(d, termLists.get(d));
      total += termLists.get(d).size();
      withTerms += termLists.get(d).isEmpty() ? 0 : 1;
    }
    docCount = withTerms;
    float average = (float) (total / (double) Math.max(1, withTerms));
    for (int d = 0; d < n; d++) {
      int length = SmallFloat.byte4ToInt(SmallFloat.intToByte4(termLists.get(d).size()));
      lengthNorm[d] = K1 * ((1 - B) + B * length / average);
    }
    invert();
  }

  /** Indexes the documents under the terms given for each, in list order. */
  static DocumentIndex build(List<Document> docs, List<List<String>> termLists, MatchTerms terms) {
    return new DocumentIndex(docs, termLists, terms);
  }

  /** Fills document {@code d}'s term ids and frequencies, giving new terms the next id. */
  private void countTerms(int d, List<String> termList) {
    Map<Integer, Integer> freq = new HashMap<>();
    for (String t : termList) {
      freq.merge(ids.computeIfAbsent(t, x -> ids.size()), 1, Integer::sum);
    }
    docTerms[d] = freq.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    docFreqs[d] = Arrays.stream(docTerms[d]).map(freq::get).toArray();
  }

  /** Builds the postings from the documents' terms; documents are visited in order. */
  private void invert() {
    int[] df = new int[ids.size()];
    for (int[] ts : docTerms) {
      for (int t : ts) {
        df[t]++;
      }
    }
    postings = new int[df.length][];
    postingFreqs = new int[df.length][];
    for (int t = 0; t < df.length; t++) {
      postings[t] = new int[df[t]];
      postingFreqs[t] = new int[df[t]];
    }
    int[] filled = new int[df.length];
    for (int d = 0; d < docTerms.length; d++) {
      for (int k = 0; k < docTerms[d].length; k++) {
        int t = docTerms[d][k];
        postings[t][filled[t]] = d;
        postingFreqs[t][filled[t]++] = docFreqs[d][k];
      }
    }
  }

  /** The query that looks for translations of {@code doc} among the indexed documents. */
  Query query(Document doc) {
    Language other = doc.language() == Language.AR ? Language.EN : Language.AR;
    return query(terms.queryTerms(doc), other);
  }

  /** The {@code k} best documents for the query, best first; ties go to the earlier document. */
  List<Hit> search(Query q, int k) {
    if (q.isEmpty()) {
      return List.of();
    }
    double[] scores = new double[languages.length];
    for (int x = 0; x < q.termIds.length; x++) {
      int[] docs = postings[q.termIds[x]];
      int[] freqs = postingFreqs[q.termIds[x]];
      for (int p = 0; p < docs.length; p++) {
        scores[docs[p]] += bm25(q.weights[x], freqs[p], docs[p]);
      }
    }
    return best(scores, q.language, k);
  }

  /**
   * The {@code k} best-scoring documents in the language, by repeated scans: k is small, and
   * sorting every document that shares a term with the query cost more than scoring them.
   */
  private List<Hit> best(double[] scores, Language language, int k) {
    float[] left = new float[scores.length]; // scores as Lucene reports them; 0 once taken
    for (int d = 0; d < scores.length; d++) {
      left[d] = languages[d] == language ? (float) scores[d] : 0;
    }
    List<Hit> hits = new ArrayList<>(k);
    for (int n = 0; n < k; n++) {
      int top = -1;
      for (int d = 0; d < left.length; d++) {
        if (left[d] > 0 && (top < 0 || left[d] > left[top])) {
          top = d; // strictly better only: ties go to the earlier document
        }
      }
      if (top < 0) {
        break;
      }
      hits.add(new Hit(top, left[top]));
      left[top] = 0;
    }
    return hits;
  }

  /**
   * How much of the query each of the given documents matches: its BM25 score over the most the
   * query's terms could score in a document of average length that holds each once. Zero for an
   * empty query or a document it does not match.
   *
   * @param documents positions in the indexed list
   */
  double[] shares(Query q, int[] documents) {
    double[] out = new double[documents.length];
    if (!q.isEmpty()) {
      for (int k = 0; k < documents.length; k++) {
        out[k] = score(q, documents[k]) / q.information();
      }
    }
    return out;
  }

  /** The query's BM25 score for document {@code d}. */
  private double score(Query q, int d) {
    int[] ts = docTerms[d];
    double sum = 0;
    // both id lists are sorted: one merge pass finds the terms in common
    for (int x = 0, k = 0; x < q.termIds.length && k < ts.length; ) {
      if (q.termIds[x] < ts[k]) {
        x++;
      } else if (q.termIds[x] > ts[k]) {
        k++;
      } else {
        sum += bm25(q.weights[x++], docFreqs[d][k++], d);
      }
    }
    return sum;
  }

  /** One term's BM25 score in document {@code d}, as Lucene's {@code BM25Scorer} computes it. */
  private float bm25(float weight, int freq, int d) {
    return weight * freq / (freq + lengthNorm[d]);
  }

  /** The query for the {@link #QUERY_TERMS} most informative weighted terms some document holds. */
  Query query(Map<String, Float> weighted, Language language) {
    List<Clause> clauses = new ArrayList<>();
    double information = 0;
    for (Map.Entry<String, Float> e : weighted.entrySet()) {
      int id = ids.getOrDefault(e.getKey(), -1);
      double idf = idf(id < 0 ? 0 : postings[id].length);
      information += e.getValue() * idf;
      if (id >= 0) {
        clauses.add(new Clause(e.getKey(), id, (float) (e.getValue() * idf), e.getValue() * idf));
      }
    }
    clauses.sort(
        Comparator.comparingDouble(Clause::information).reversed().thenComparing(Clause::term));
    List<Clause> kept = new ArrayList<>(clauses.subList(0, Math.min(QUERY_TERMS, clauses.size())));
    kept.sort(Comparator.comparingInt(Clause::id));
    float[] weights = new float[kept.size()];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = kept.get(k).weight();
    }
    int[] termIds = kept.stream().mapToInt(Clause::id).toArray();
    return new Query(language, termIds, weights, clauses.isEmpty() ? 0 : information);
  }

  private record Clause(String term, int id, float weight, double information) {}

  /** BM25's inverse document frequency, as Lucene computes it. */
  private double idf(int df) {
    return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
  }
}

package org.qarin.match;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.qarin.model.Document;
import org.qarin.model.Language;

/**
 * An in-memory Lucene index of documents over {@link MatchTerms}, searched with BM25 (Robertson
 * and Zaragoza 2009, "The Probabilistic Relevance Framework: BM25 and Beyond") by documents in the
 * other language. Thread-safe once built: Lucene's searcher is, and nothing here changes.
 */
final class DocumentIndex implements Closeable {
  private static final String TERMS = "terms";
  private static final String LANGUAGE = "language";
  private static final String ORDINAL = "ordinal";

  /** Lucene refuses queries of more than 1024 clauses; the most informative terms suffice. */
  static final int MAX_CLAUSES = 1000;

  private static final FieldType TERMS_TYPE = termsType();

  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int[] ordinals; // Lucene doc id → position in the indexed list
  private final int[] docIds; // position in the indexed list → Lucene doc id
  private final Map<String, Integer> docFreqs; // looked up for every term of every query
  private final MatchTerms terms;

  /** A document found, by its position in the indexed list, with its BM25 score. */
  record Hit(int document, float score) {}

  /**
   * A query ready to run: its clauses, and the most its terms could score together. It keeps the
   * Lucene weight it compiles to, so that scoring it against many documents looks terms up once.
   */
  static final class Query {
    private final BooleanQuery query;
    private final double information;
    private volatile Weight weight;

    Query(BooleanQuery query, double information) {
      this.query = query;
      this.information = information;
    }

    BooleanQuery query() {
      return query;
    }

    double information() {
      return information;
    }

    boolean isEmpty() {
      return information == 0;
    }

    /** Lucene's weight of the query; built once, as Lucene allows sharing it between threads. */
    Weight weight(IndexSearcher searcher) throws IOException {
      Weight w = weight;
      if (w == null) {
        w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1);
        weight = w;
      }
      return w;
    }
  }

  private DocumentIndex(ByteBuffersDirectory directory, MatchTerms terms) throws IOException {
    this.directory = directory;
    this.terms = terms;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.ordinals = ordinals(reader);
    this.docFreqs = docFreqs(reader);
    this.docIds = new int[ordinals.length];
    for (int d = 0; d < ordinals.length; d++) {
      docIds[ordinals[d]] = d;
    }
  }

  /** Indexes the documents under the terms given for each, in list order. */
  static DocumentIndex build(List<Document> docs, List<List<String>> termLists, MatchTerms terms) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    // one writer thread and no merges keep doc ids, hence tie-breaks, the same on every run
    IndexWriterConfig config =
        new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int k = 0; k < docs.size(); k++) {
        writer.addDocument(luceneDocument(docs.get(k).language(), termLists.get(k), k));
      }
      writer.commit();
      return new DocumentIndex(dir, terms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory index", e);
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
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc d : run(q.query(), k).scoreDocs) {
      hits.add(new Hit(ordinals[d.doc], d.score));
    }
    return hits;
  }

  /**
   * How much of the query each of the given documents matches: its BM25 score over the most the
   * query's terms could score in a document of average length that holds each once. Zero for an
   * empty query or a document it does not match. One pass over the query's postings serves all.
   *
   * @param documents positions in the indexed list, ascending
   */
  double[] shares(Query q, int[] documents) {
    double[] out = new double[documents.length];
    if (q.isEmpty()) {
      return out;
    }
    try {
      Weight w = q.weight(searcher);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = w.scorer(leaf);
        if (scorer != null) {
          scoreLeaf(scorer, leaf, documents, q.information(), out);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the in-memory index", e);
    }
  }

  /** Scores the documents that fall in this leaf, visiting them in doc id order. */
  private void scoreLeaf(Scorer scorer, LeafReaderContext leaf, int[] documents, double information,
      double[] out) throws IOException {
    Integer[] order = new Integer[documents.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(k -> docIds[documents[k]]));
    DocIdSetIterator it = scorer.iterator();
    for (int k : order) {
      int local = docIds[documents[k]] - leaf.docBase;
      int current = it.docID();
      if (local < 0 || local >= leaf.reader().maxDoc() || local < current) {
        continue;
      }
      if (local > current) {
        current = it.advance(local);
      }
      if (current == local) {
        out[k] = scorer.score() / information;
      }
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }

  private org.apache.lucene.search.TopDocs run(org.apache.lucene.search.Query q, int k) {
    try {
      return searcher.search(q, k);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the in-memory index", e);
    }
  }

  /** The most informative of the terms that some document holds, as boosted clauses. */
  private Query query(Map<String, Float> weighted, Language language) {
    List<Clause> clauses = new ArrayList<>();
    double information = 0;
    for (Map.Entry<String, Float> e : weighted.entrySet()) {
      Term t = new Term(TERMS, e.getKey());
      int df = docFreq(t);
      double termInformation = e.getValue() * idf(df);
      information += termInformation;
      if (df > 0) {
        clauses.add(new Clause(t, e.getValue(), termInformation));
      }
    }
    clauses.sort(
        Comparator.comparingDouble(Clause::information).reversed().thenComparing(c -> c.term.text()));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Clause c : clauses.subList(0, Math.min(MAX_CLAUSES, clauses.size()))) {
      any.add(new BoostQuery(new TermQuery(c.term), c.boost), Occur.SHOULD);
    }
    // a required pure disjunction, rather than optional clauses with a minimum to match, lets
    // Lucene skip documents that cannot reach the top hits (block-max WAND)
    BooleanQuery query = new BooleanQuery.Builder()
        .add(any.build(), Occur.MUST)
        .add(new TermQuery(new Term(LANGUAGE, language.code())), Occur.FILTER)
        .build();
    return new Query(query, clauses.isEmpty() ? 0 : information);
  }

  /** BM25's inverse document frequency, as Lucene computes it. */
  private double idf(int df) {
    int n = reader.numDocs();
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private record Clause(Term term, float boost, double information) {}

  private int docFreq(Term t) {
    return docFreqs.getOrDefault(t.text(), 0);
  }

  /** Every term's document frequency, read once: a map lookup costs far less than a seek. */
  private static Map<String, Integer> docFreqs(DirectoryReader reader) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(TERMS);
      if (terms == null) {
        continue;
      }
      TermsEnum it = terms.iterator();
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        out.merge(t.utf8ToString(), it.docFreq(), Integer::sum);
      }
    }
    return out;
  }

  private static org.apache.lucene.document.Document luceneDocument(
      Language language, List<String> terms, int ordinal) {
    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
    doc.add(new Field(TERMS, new TermListTokenStream(terms), TERMS_TYPE));
    doc.add(new StringField(LANGUAGE, language.code(), Field.Store.NO));
    doc.add(new StoredField(ORDINAL, ordinal));
    return doc;
  }

  /** Term frequencies and norms are all BM25 needs; positions would only cost memory. */
  private static FieldType termsType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private static int[] ordinals(DirectoryReader reader) throws IOException {
    int[] out = new int[reader.maxDoc()];
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < out.length; doc++) {
      out[doc] = stored.document(doc).getField(ORDINAL).numericValue().intValue();
    }
    return out;
  }
}

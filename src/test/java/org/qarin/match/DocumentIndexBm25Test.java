package org.qarin.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.qarin.model.Document;
import org.qarin.model.Language;
import org.qarin.model.Sentence;
import org.qarin.model.Span;

/**
 * {@link DocumentIndex} claims to score as Lucene's {@code BM25Similarity} does (default k1 and b,
 * document lengths rounded as Lucene stores them): the same documents and weighted query in a
 * Lucene index give the same scores.
 */
class DocumentIndexBm25Test {
  private static final String FIELD = "t";

  @Test
  void scoresAsLucenesBm25Similarity() throws IOException {
    Random random = new Random(7);
    List<List<String>> termLists = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      List<String> terms = new ArrayList<>();
      int length =
          d == 5 ? 0 : 3 + random.nextInt(d % 7 == 0 ? 400 : 40); // an empty and some long ones
      for (int k = 0; k < length; k++) {
        terms.add("w" + (int) Math.abs(random.nextGaussian() * 30));
      }
      termLists.add(terms);
      String text = String.join(" ", terms);
      docs.add(
          new Document(
              "d" + d,
              Language.EN,
              text,
              List.of(new Sentence(0, 0, new Span(0, text.length()), text))));
    }
    DocumentIndex index = DocumentIndex.build(docs, termLists, null);
    Map<String, Float> weighted =
        new TreeMap<>(
            Map.of("w0", 1f, "w3", 0.5f, "w17", 2f, "w40", 0.25f, "w75", 1.5f, "absent", 1f));
    List<DocumentIndex.Hit> ours = index.search(index.query(weighted, Language.EN), docs.size());

    Map<Integer, Float> lucene = luceneScores(termLists, weighted);
    assertThat(ours).isNotEmpty();
    assertThat(ours).hasSize(lucene.size());
    for (DocumentIndex.Hit h : ours) {
      assertThat(lucene).containsKey(h.document());
      assertThat(h.score())
          .isCloseTo(lucene.get(h.document()), within(1e-5f * Math.max(1f, h.score())));
    }
  }

  private static Map<Integer, Float> luceneScores(
      List<List<String>> termLists, Map<String, Float> weighted) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config =
          new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(new BM25Similarity());
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (List<String> terms : termLists) {
          org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
          doc.add(new TextField(FIELD, String.join(" ", terms), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        weighted.forEach(
            (term, boost) ->
                query.add(
                    new BoostQuery(new TermQuery(new Term(FIELD, term)), boost),
                    BooleanClause.Occur.SHOULD));
        Map<Integer, Float> out = new HashMap<>();
        for (ScoreDoc sd : searcher.search(query.build(), termLists.size()).scoreDocs) {
          out.put(sd.doc, sd.score);
        }
        return out;
      }
    }
  }
}

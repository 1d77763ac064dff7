package org.qarin.audit;

import java.util.ArrayList;
import java.util.List;
import org.qarin.lexicon.Token;
import org.qarin.model.Document;
import org.qarin.model.Language;
import org.qarin.model.Sentence;

/**
 * One side of a two-sided link as the content checks see it: its sentences (page furniture left out
 * when the side has article text too) and their words, with positions relative to the side's
 * length, so that numbers can be paired by where they stand.
 */
final class Side {
  private final DocumentFacts facts;
  private final List<Integer> sentences;
  private final List<Word> words;
  private final int[] before;
  private final int length;

  Side(DocumentFacts facts, List<Integer> sentences) {
    this.facts = facts;
    this.sentences = List.copyOf(sentences);
    this.words = new ArrayList<>();
    this.before = new int[sentences.size()];
    int total = 0;
    for (int k = 0; k < sentences.size(); k++) {
      before[k] = total;
      total += facts.doc().sentence(sentences.get(k)).text().length();
      words.addAll(facts.words(sentences.get(k)));
    }
    this.length = Math.max(total, 1);
  }

  Document doc() {
    return facts.doc();
  }

  Language language() {
    return facts.doc().language();
  }

  List<Integer> sentences() {
    return sentences;
  }

  Sentence sentence(int k) {
    return facts.doc().sentence(sentences.get(k));
  }

  /** The audit's tokens of the side's k-th sentence, offsets relative to that sentence. */
  List<Token> tokens(int k) {
    return facts.tokens(sentences.get(k));
  }

  /** The dates of the side's k-th sentence, with document offsets. */
  List<DateMention> dates(int k) {
    return facts.dates(sentences.get(k));
  }

  /** Whether this side reads the same sentences as {@code other}. */
  boolean sameSentences(Side other) {
    return facts == other.facts && sentences.equals(other.sentences);
  }

  /** The words of all the side's sentences, in order. */
  List<Word> words() {
    return words;
  }

  /** Where a document offset falls along the side, from 0 (start) to 1 (end). */
  double position(int offset) {
    for (int k = sentences.size() - 1; k >= 0; k--) {
      Sentence s = sentence(k);
      if (offset >= s.start()) {
        return (before[k] + Math.min(offset - s.start(), s.text().length())) / (double) length;
      }
    }
    return 0;
  }

  /** The document text of a span, for messages. */
  String text(int start, int end) {
    return facts.doc().text().substring(start, end);
  }

  /** Characters of the side's sentences, white space excluded: the length Gale and Church use. */
  int letters() {
    int n = 0;
    for (int k = 0; k < sentences.size(); k++) {
      String t = sentence(k).text();
      for (int i = 0; i < t.length(); i++) {
        n += Character.isWhitespace(t.charAt(i)) ? 0 : 1;
      }
    }
    return n;
  }
}

package org.qarin.model;

import java.util.List;
import java.util.Objects;

/**
 * A document as qarin read it: its name, language, full text and sentences. Serializable, so that a
 * cluster (the Spark jobs) can send documents between machines.
 */
public record Document(String name, Language language, String text, List<Sentence> sentences)
    implements java.io.Serializable {
  public Document {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
  }

  public int size() {
    return sentences.size();
  }

  public Sentence sentence(int index) {
    return sentences.get(index);
  }

  /**
   * Whether a sentence is a heading: alone in its paragraph and without final punctuation, as
   * titles and section headings are.
   */
  public boolean heading(int index) {
    Sentence s = sentences.get(index);
    boolean alone =
        (index == 0 || sentences.get(index - 1).paragraph() != s.paragraph())
            && (index == size() - 1 || sentences.get(index + 1).paragraph() != s.paragraph());
    String t = s.text().strip();
    return alone && !t.isEmpty() && ".!?؟…\"”".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /**
   * Whether a section starts strictly between sentences {@code from} and {@code to}, given which
   * sentences are linked: an unlinked heading followed by an unlinked sentence. A heading whose
   * next sentence is linked (an article's caption before its lead, a title before its dateline) is
   * part of what the links render.
   */
  public boolean sectionBetween(int from, int to, boolean[] linked) {
    for (int j = from + 1; j < to; j++) {
      if (heading(j) && !linked[j] && !linked[j + 1]) {
        return true;
      }
    }
    return false;
  }
}

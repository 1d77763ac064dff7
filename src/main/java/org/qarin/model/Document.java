package org.qarin.model;

import java.util.List;
import java.util.Objects;

/** A document as qarin read it: its name, language, full text and sentences. */
public record Document(String name, Language language, String text, List<Sentence> sentences) {
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
}

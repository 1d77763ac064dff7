package org.qarin.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.model.Language;
import org.qarin.model.Sentence;
import org.qarin.model.Span;
import org.qarin.read.InputText;

/** Builds {@link Document}s from input text: language, then sentences. */
public final class Documents {
  private static final LanguageDetector DETECTOR = new LanguageDetector();

  private Documents() {}

  /** Segments {@code input} into sentences, detecting its language unless one is given. */
  public static Document segment(
      InputText input, Optional<Language> language, SentenceSegmenter segmenter) {
    Language lang = language.orElseGet(() -> detect(input));
    List<Sentence> sentences = segmenter.segment(input.text(), lang);
    if (sentences.isEmpty()) {
      throw noSentences(input);
    }
    return new Document(input.name(), lang, input.text(), sentences);
  }

  /**
   * A document whose lines are its sentences, as aligned corpora store them: surrounding white
   * space trimmed, a final line break starts no further sentence.
   */
  public static Document presegmented(InputText input, Optional<Language> language) {
    Language lang = language.orElseGet(() -> detect(input));
    String text = input.text();
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = lineEnd(text, start);
      Span span = trimmed(text, start, end);
      sentences.add(
          new Sentence(sentences.size(), 0, span, text.substring(span.start(), span.end())));
      start = skipLineBreak(text, end);
    }
    if (sentences.isEmpty()) {
      throw noSentences(input);
    }
    return new Document(input.name(), lang, text, sentences);
  }

  /** Detects the language of {@code input}, or says why it is neither Arabic nor English. */
  public static Language detect(InputText input) {
    LanguageDetector.Result r = DETECTOR.detect(input.text());
    return r.language()
        .orElseThrow(
            () ->
                new InputException(
                    input.name(),
                    Problem.LANGUAGE,
                    "is " + r.description() + ", not Arabic or English",
                    "qarin compares Arabic and English; give --lang if detection is wrong"));
  }

  private static InputException noSentences(InputText input) {
    return new InputException(
        input.name(), Problem.EMPTY, "has no sentences", "give a file with text in it");
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int skipLineBreak(String text, int end) {
    if (end < text.length()
        && text.charAt(end) == '\r'
        && end + 1 < text.length()
        && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  private static Span trimmed(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }
}

package org.qarin.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qarin.model.Language;
import org.qarin.model.Sentence;
import org.qarin.model.Span;
import org.qarin.text.AnalysisText;
import org.qarin.text.Chars;

/**
 * qarin's segmenter: paragraphs and hard line breaks from the layout, then SRX rules inside each
 * block, all on the analysis view of the text, with offsets mapped back to the original.
 */
public final class RuleSegmenter implements SentenceSegmenter {
  private final SrxRules rules;

  public RuleSegmenter(SrxRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** A segmenter with qarin's default rules. */
  public static RuleSegmenter defaults() {
    return new RuleSegmenter(SrxRules.defaults());
  }

  @Override
  public List<Sentence> segment(String text, Language language) {
    AnalysisText view = AnalysisText.of(text);
    List<Cut> cuts = new ArrayList<>();
    for (Block block : Blocks.of(view.text())) {
      String blockText = view.text().substring(block.start(), block.end());
      for (int start : rules.starts(blockText, language)) {
        cuts.add(new Cut(view.toOriginal(block.start() + start), block.paragraph()));
      }
    }
    return sentences(text, cuts);
  }

  /**
   * Cuts the original text at the sentence starts. Each sentence runs to the next start, minus
   * surrounding white space, so characters the analysis view ignored (a bidi mark between two
   * sentences) still belong to exactly one sentence.
   */
  private static List<Sentence> sentences(String text, List<Cut> cuts) {
    List<Sentence> sentences = new ArrayList<>(cuts.size());
    for (int k = 0; k < cuts.size(); k++) {
      int from = k == 0 ? 0 : cuts.get(k).offset();
      int to = k + 1 < cuts.size() ? cuts.get(k + 1).offset() : text.length();
      Span span = trim(text, from, to);
      if (span.length() > 0) {
        String s = text.substring(span.start(), span.end());
        sentences.add(new Sentence(sentences.size(), cuts.get(k).paragraph(), span, s));
      }
    }
    return sentences;
  }

  private static Span trim(String text, int from, int to) {
    while (from < to && Chars.isSpace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && Chars.isSpace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    return new Span(from, to);
  }

  private record Cut(int offset, int paragraph) {}
}

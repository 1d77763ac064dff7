package org.qarin.lab;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.qarin.model.Language;

/**
 * The alternatives qarin's segmenter was measured against, each applied to one paragraph at a time
 * (the layout is qarin's in every case): OpenNLP's English UD sentence model, ICU4J's sentence
 * BreakIterator, and a plain regular expression.
 */
public final class BaselineSegmenters {
  private static final Pattern REGEX = Pattern.compile("[.!?؟]+[\"'”»)]*\\s+");
  private static volatile SentenceModel openNlp;

  private BaselineSegmenters() {}

  /** Sentence texts of one paragraph. */
  public static List<String> split(String engine, String paragraph, Language language) {
    return switch (engine) {
      case "opennlp" -> openNlp(paragraph);
      case "icu" -> icu(paragraph, language);
      case "regex" -> regex(paragraph);
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    };
  }

  private static List<String> openNlp(String paragraph) {
    List<String> out = new ArrayList<>();
    for (Span s : new SentenceDetectorME(model()).sentPosDetect(paragraph)) {
      out.add(paragraph.substring(s.getStart(), s.getEnd()));
    }
    return cover(paragraph, out);
  }

  private static List<String> icu(String paragraph, Language language) {
    BreakIterator it = BreakIterator.getSentenceInstance(new ULocale(language.code()));
    it.setText(paragraph);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      out.add(paragraph.substring(start, end));
    }
    return out;
  }

  private static List<String> regex(String paragraph) {
    List<String> out = new ArrayList<>();
    Matcher m = REGEX.matcher(paragraph);
    int start = 0;
    while (m.find()) {
      out.add(paragraph.substring(start, m.end()));
      start = m.end();
    }
    out.add(paragraph.substring(start));
    return out;
  }

  /** OpenNLP may drop characters between spans; put them back so no text is lost. */
  private static List<String> cover(String paragraph, List<String> spans) {
    if (String.join("", spans).replaceAll("\\s+", "").equals(paragraph.replaceAll("\\s+", ""))) {
      return spans;
    }
    return List.of(paragraph);
  }

  private static SentenceModel model() {
    if (openNlp == null) {
      synchronized (BaselineSegmenters.class) {
        if (openNlp == null) {
          try (InputStream in =
              BaselineSegmenters.class.getResourceAsStream(
                  "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            openNlp = new SentenceModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return openNlp;
  }
}

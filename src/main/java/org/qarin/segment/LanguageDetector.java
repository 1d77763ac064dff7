package org.qarin.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.qarin.model.Language;
import org.qarin.text.Chars;

/**
 * Tells Arabic from English: by script first, then, only when the script leaves a doubt (Latin text
 * with few English function words, Arabic script that may be Persian or Urdu), with OpenNLP's
 * language detector, which is loaded on first need.
 */
public final class LanguageDetector {
  private static final String MODEL = "/langdetect-183.bin";
  private static final int SAMPLE = 20_000;
  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by",
          "it", "he", "she", "they", "at", "from", "be", "has", "have", "had", "are", "were",
          "this", "which", "not", "will", "an", "its", "their", "said", "his", "her", "we", "our",
          "or");

  private static final String NON_ARABIC_LETTERS = "پچژگکیٹڈڑںےہۀۓۍېږښ";

  private static volatile LanguageDetectorModel model;

  /** What detection found: a supported language, or a description of what the text is. */
  public record Result(Optional<Language> language, String description) {}

  /** Detects the language of {@code text}. */
  public Result detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int arabic = 0;
    int latin = 0;
    int letters = 0;
    for (int i = 0; i < sample.length(); ) {
      int c = sample.codePointAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Chars.isArabicLetter(c)) {
          arabic++;
        } else if (Chars.isLatinLetter(c)) { // after the Arabic test: asking a script is slow
          latin++;
        }
      }
      i += Character.charCount(c);
    }
    if (letters == 0) {
      return new Result(Optional.empty(), "text without letters");
    }
    if (arabic * 2 >= letters) {
      return arabicScript(sample);
    }
    if (latin * 2 >= letters) {
      return latinScript(sample);
    }
    return new Result(Optional.empty(), "text in neither the Arabic nor the Latin script");
  }

  private Result arabicScript(String sample) {
    if (nonArabicLetterShare(sample) < 0.02) {
      return new Result(Optional.of(Language.AR), "Arabic");
    }
    String code = opennlp(sample);
    if (code.equals("fas") || code.equals("urd") || code.equals("pes") || code.equals("pus")) {
      return new Result(Optional.empty(), "Arabic-script text in another language (" + code + ")");
    }
    return new Result(Optional.of(Language.AR), "Arabic");
  }

  private Result latinScript(String sample) {
    if (englishFunctionWordShare(sample) >= 0.15) {
      return new Result(Optional.of(Language.EN), "English");
    }
    String code = opennlp(sample);
    return code.equals("eng")
        ? new Result(Optional.of(Language.EN), "English")
        : new Result(Optional.empty(), "Latin-script text that is not English (" + code + ")");
  }

  /** The share of Arabic-script letters that Arabic does not use (Persian, Urdu, Pashto). */
  static double nonArabicLetterShare(String sample) {
    int arabic = 0;
    int foreign = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (Chars.isArabicLetter(c)) {
        arabic++;
        foreign += NON_ARABIC_LETTERS.indexOf(c) >= 0 ? 1 : 0;
      }
    }
    return arabic == 0 ? 0 : (double) foreign / arabic;
  }

  static double englishFunctionWordShare(String sample) {
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int total = 0;
    int hits = 0;
    for (String w : words) {
      if (!w.isEmpty()) {
        total++;
        hits += ENGLISH_FUNCTION_WORDS.contains(w) ? 1 : 0;
      }
    }
    return total == 0 ? 0 : (double) hits / total;
  }

  private static String opennlp(String sample) {
    return new LanguageDetectorME(model()).predictLanguage(sample).getLang();
  }

  private static LanguageDetectorModel model() {
    if (model == null) {
      synchronized (LanguageDetector.class) {
        if (model == null) {
          try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            model = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model " + MODEL, e);
          }
        }
      }
    }
    return model;
  }
}

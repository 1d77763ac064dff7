package org.qarin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The shipped lexicon loads, and has the sizes models/README.md states. */
class LexiconFilesTest {
  @Test
  void everyFileLoadsWithTheSizeTheReadmeStates() throws IOException {
    Lexicon lexicon = Lexicon.load(Path.of("models"));
    String readme = Files.readString(Path.of("models/README.md"));
    assertThat(readme)
        .contains("| `" + LexiconFiles.DICTIONARY + "` | " + lexicon.dictionaryEntries() + " |");
    assertThat(readme)
        .contains("| `" + LexiconFiles.WORDNET + "` | " + lexicon.wordnetEntries() + " |");
    assertThat(readme).contains("| `" + LexiconFiles.NAMES + "` | " + lexicon.nameEntries() + " |");
    assertThat(readme)
        .contains("| `" + LexiconFiles.PARALLEL + "` | " + lexicon.parallelEntries() + " |");
    assertThat(lexicon.dictionaryEntries()).isGreaterThan(100_000);
    assertThat(lexicon.parallelEntries()).isGreaterThan(50_000);
  }

  @Test
  void theCommonEnglishWordsLoadWithTheSizeTheReadmeStates() throws IOException {
    assertTheReadmeStatesTheWordCount(LexiconFiles.COMMON_ENGLISH);
    Lexicon lexicon = Lexicon.bundled();
    assertThat(lexicon.commonEnglish("hemisphere")).isTrue();
    assertThat(lexicon.commonEnglish("lindqvist")).isFalse();
  }

  @Test
  void thePersonNamesLoadWithTheSizeTheReadmeStates() throws IOException {
    assertTheReadmeStatesTheWordCount(LexiconFiles.PERSON_NAMES);
    Lexicon lexicon = Lexicon.bundled();
    assertThat(lexicon.personName("john")).isTrue();
    assertThat(lexicon.personName("ترامب")).isTrue();
    assertThat(lexicon.personName("hemisphere")).isFalse();
  }

  /** models/README.md states the number of words of a word-list file, comments left out. */
  private static void assertTheReadmeStatesTheWordCount(String file) throws IOException {
    String readme = Files.readString(Path.of("models/README.md"));
    byte[] bytes =
        new GZIPInputStream(Files.newInputStream(Path.of("models", file))).readAllBytes();
    long words =
        new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).count();
    assertThat(readme).contains("| `" + file + "` | " + words + " |");
  }

  @Test
  void theBundledCopyIsTheSameAsTheFolder() {
    Lexicon bundled = Lexicon.bundled();
    Lexicon folder = Lexicon.load(Path.of("models"));
    assertThat(bundled.dictionaryEntries()).isEqualTo(folder.dictionaryEntries());
    assertThat(bundled.wordnetEntries()).isEqualTo(folder.wordnetEntries());
    assertThat(bundled.nameEntries()).isEqualTo(folder.nameEntries());
    assertThat(bundled.parallelEntries()).isEqualTo(folder.parallelEntries());
  }

  @Test
  void everydayNewsWordsTranslate() {
    Lexicon lexicon = Lexicon.bundled();
    assertThat(lexicon.english(ArabicTerms.key("الحكومة")))
        .extracting(Lexicon.Translation::key)
        .contains("govern");
    assertThat(lexicon.english(ArabicTerms.key("روسيا")))
        .extracting(Lexicon.Translation::key)
        .contains("russia");
    assertThat(lexicon.english(ArabicTerms.key("الثورة")))
        .extracting(Lexicon.Translation::key)
        .contains("revolut");
    assertThat(lexicon.arabic(EnglishTerms.key("water"))).isNotEmpty();
  }
}

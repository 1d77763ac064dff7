package org.qarin.align;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import org.qarin.Qarin;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.Language;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.Format;
import org.qarin.read.InputText;
import org.qarin.segment.Documents;
import org.qarin.testing.FuzzInput;

/**
 * Two small documents of one sentence per line, cut from the fuzzer's input at {@link
 * FuzzInput#SEPARATOR}: the aligner never fails and its links keep {@link AlignmentInvariants}.
 * Inputs of odd length swap the languages, so English sources are aligned too. Each side keeps its
 * first {@link #MAX_LINES} lines: small documents let the fuzzer try many more of them.
 */
class AlignerFuzzTest {
  private static final QarinOptions OPTIONS = QarinOptions.defaults().withPresegmented(true);
  private static final int MAX_LINES = 40;

  @FuzzTest
  void align(byte[] data) {
    List<String> fields = FuzzInput.fields(data);
    boolean swap = data.length % 2 == 1;
    Optional<Document> source =
        document("source.txt", firstLines(fields.get(0)), swap ? Language.EN : Language.AR);
    Optional<Document> target =
        document(
            "target.txt",
            firstLines(fields.size() > 1 ? fields.get(1) : ""),
            swap ? Language.AR : Language.EN);
    if (source.isPresent() && target.isPresent()) {
      AlignmentInvariants.check(Qarin.align(source.get(), target.get(), OPTIONS));
    }
  }

  /** The text up to the end of its {@link #MAX_LINES}th line. */
  private static String firstLines(String text) {
    int end = -1;
    for (int k = 0; k < MAX_LINES; k++) {
      end = text.indexOf('\n', end + 1);
      if (end < 0) {
        return text;
      }
    }
    return text.substring(0, end);
  }

  /** The lines of {@code text} as sentences, or nothing when it has none (qarin refuses those). */
  private static Optional<Document> document(String name, String text, Language language) {
    try {
      return Optional.of(
          Documents.presegmented(new InputText(name, text, Format.TEXT), Optional.of(language)));
    } catch (InputException noSentences) {
      return Optional.empty();
    }
  }
}

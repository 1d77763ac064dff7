package org.qarin.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qarin.Qarin;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Alignment;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.ReadOptions;

class LexicalAlignerTest extends AlignerContractTest {
  @Override
  Aligner aligner() {
    return new LexicalAligner(Lexicon.bundled(), AlignOptions.defaults());
  }

  @Test
  void theCorpusSampleAlignsAsItsHandMadeGold() throws IOException {
    Alignment a =
        Qarin.align(
            DocumentReader.read(Path.of("corpus/sample/statement-ar.txt"), ReadOptions.defaults()),
            DocumentReader.read(Path.of("corpus/sample/statement-en.txt"), ReadOptions.defaults()),
            QarinOptions.defaults());
    check(a);
    assertThat(LinkFile.format(a.links()))
        .isEqualTo(Files.readString(Path.of("corpus/sample/gold")));
    assertThat(a.links().stream().filter(l -> l.kind() == LinkKind.MOVED).map(Link::format))
        .containsExactly("[23]:[6]", "[24]:[7]");
  }

  @Test
  void theCorpusSampleAlignsTheSameWithEveryLineEnding() throws IOException {
    String ar = Files.readString(Path.of("corpus/sample/statement-ar.txt"));
    String en = Files.readString(Path.of("corpus/sample/statement-en.txt"));
    List<Link> lf = align(ar, en);
    assertThat(align(ar.replace("\n", "\r\n"), en.replace("\n", "\r\n"))).isEqualTo(lf);
    assertThat(align(ar.replace("\n", "\r"), en.replace("\n", "\r"))).isEqualTo(lf);
  }

  @Test
  void sourceAndTargetMayBeSwapped() throws IOException {
    String ar = Files.readString(Path.of("corpus/sample/statement-ar.txt"));
    String en = Files.readString(Path.of("corpus/sample/statement-en.txt"));
    Alignment a =
        Qarin.align(
            DocumentReader.of("en", en, org.qarin.read.Format.TEXT),
            DocumentReader.of("ar", ar, org.qarin.read.Format.TEXT),
            QarinOptions.defaults());
    check(a);
    assertThat(a.links())
        .anyMatch(l -> l.format().equals("[19]:[16, 17]")); // the merge, seen from English
  }

  @Test
  void aTranslationThatGoesOnPastTheOriginalHasTheRestAdded() throws IOException {
    // the Arabic sample's first 14 sentences against the whole English: the length ratio of the
    // whole documents would expect each English sentence to be twice its Arabic one, and join them
    String half =
        String.join(
            "\n", Files.readAllLines(Path.of("corpus/sample/statement-ar.txt")).subList(0, 17));
    String en = Files.readString(Path.of("corpus/sample/statement-en.txt"));
    List<String> links = align(half, en).stream().map(Link::format).toList();
    assertThat(links).contains("[0]:[0]", "[9]:[12]", "[13]:[16]");
    for (int j = 17; j <= 28; j++) {
      assertThat(links).contains("[]:[" + j + "]");
    }
  }

  private static List<Link> align(String ar, String en) {
    return Qarin.align(
            DocumentReader.of("ar", ar, org.qarin.read.Format.TEXT),
            DocumentReader.of("en", en, org.qarin.read.Format.TEXT),
            QarinOptions.defaults().withLanguages(Optional.empty(), Optional.empty()))
        .links();
  }
}

package org.qarin.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qarin.model.InputException;

class ManifestTest {
  @TempDir Path dir;

  @Test
  void tsvWithHeaderAndRelativePaths() throws IOException {
    Path m =
        Files.writeString(
            dir.resolve("pairs.tsv"),
            "source\ttarget\tid\na/x.txt\tb/x.txt\tfirst\na/y.txt\tb/y.txt\n");
    var pairs = Manifest.read(m);
    assertThat(pairs).extracting(PairSpec::id).containsExactly("first", "y");
    assertThat(pairs.get(0).source()).isEqualTo(dir.toAbsolutePath().resolve("a/x.txt"));
  }

  @Test
  void csvWithoutHeaderAndRepeatedIds() throws IOException {
    Path m = Files.writeString(dir.resolve("pairs.csv"), "a/x.txt,b/x.txt\nc/x.txt,d/x.txt\n");
    assertThat(Manifest.read(m)).extracting(PairSpec::id).containsExactly("x", "x-2");
  }

  @Test
  void idsCannotEscapeTheOutputFolder() throws IOException {
    Path m = Files.writeString(dir.resolve("pairs.tsv"), "a.txt\tb.txt\t../../etc\n");
    assertThat(Manifest.read(m).get(0).id()).doesNotContain("/");
  }

  /**
   * Spreadsheets quote their CSV cells: a quoted header is a header, and a comma in quotes is text.
   */
  @Test
  void quotedCsvCellsAreReadAsRfc4180Says() throws IOException {
    Path m =
        Files.writeString(
            dir.resolve("pairs.csv"),
            "\"source\",\"target\",\"id\"\r\n\"a,b.txt\",c.txt,\"x \"\"1\"\"\"\r\n");
    List<PairSpec> pairs = Manifest.read(m);
    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).source().getFileName().toString()).isEqualTo("a,b.txt");
    assertThat(pairs.get(0).target().getFileName().toString()).isEqualTo("c.txt");
    assertThat(pairs.get(0).id()).isEqualTo("x _1_");
  }

  @Test
  void anUnclosedQuoteIsAnErrorNamingTheManifest() throws IOException {
    Path m = Files.writeString(dir.resolve("pairs.csv"), "\"a.txt,b.txt\n");
    assertThatThrownBy(() -> Manifest.read(m))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pairs.csv");
  }

  @Test
  void aLineWithoutTargetIsAnError() throws IOException {
    Path m = Files.writeString(dir.resolve("pairs.tsv"), "a.txt\n");
    assertThatThrownBy(() -> Manifest.read(m))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pairs.tsv:1");
  }

  @Test
  void foldersPairByBaseName() throws IOException {
    Files.createDirectories(dir.resolve("ar"));
    Files.createDirectories(dir.resolve("en"));
    Files.writeString(dir.resolve("ar/one.txt"), "x");
    Files.writeString(dir.resolve("en/one.html"), "x");
    Files.writeString(dir.resolve("ar/two.txt"), "x");
    var pairs = Manifest.folders(dir.resolve("ar"), dir.resolve("en"));
    assertThat(pairs).extracting(PairSpec::id).containsExactly("one", "two");
    assertThat(pairs.get(0).target().getFileName().toString()).isEqualTo("one.html");
    assertThat(pairs.get(1).target()).doesNotExist();
  }
}

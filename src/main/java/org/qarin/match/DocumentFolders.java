package org.qarin.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.Folder;
import org.qarin.read.InputText;
import org.qarin.read.ReadOptions;
import org.qarin.segment.Documents;

/** Reads and segments the documents of a folder, each in the language detected for it. */
public final class DocumentFolders {
  private DocumentFolders() {}

  /**
   * The documents of a folder, named by file name, and the files that could not be used.
   *
   * @param skipped one exception per unusable file, naming the file and the problem
   */
  public record Contents(List<Document> documents, List<InputException> skipped) {
    public Contents {
      documents = List.copyOf(documents);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Reads every file directly in {@code dir} (hidden files aside), on {@code threads} threads.
   *
   * @throws InputException when the folder itself is missing or cannot be listed
   */
  public static Contents read(Path dir, ReadOptions read, QarinOptions options, int threads) {
    List<Path> files = Folder.files(dir);
    List<Loaded> loaded;
    try (Parallel parallel = new Parallel(threads)) {
      loaded = parallel.map(files, f -> load(f, read, options));
    }
    List<Document> docs = new ArrayList<>();
    List<InputException> skipped = new ArrayList<>();
    for (Loaded l : loaded) {
      if (l.document != null) {
        docs.add(l.document);
      } else {
        skipped.add(l.problem);
      }
    }
    return new Contents(docs, skipped);
  }

  /** A file's document, or why it cannot be one. */
  private record Loaded(Document document, InputException problem) {}

  private static Loaded load(Path file, ReadOptions read, QarinOptions options) {
    try {
      // problems name the file by its path; the document is named by its file name
      InputText text = DocumentReader.read(file, read);
      return new Loaded(document(file.getFileName().toString(), text, options), null);
    } catch (InputException e) {
      return new Loaded(null, e);
    }
  }

  /**
   * A file's document as matching reads it: named by its file name, segmented in the language
   * detected for it.
   *
   * @throws InputException when the text is not usable
   */
  public static Document document(String fileName, InputText text, QarinOptions options) {
    Document d =
        options.presegmented()
            ? Documents.presegmented(text, Optional.empty())
            : Documents.segment(text, Optional.empty(), options.segmenter());
    return new Document(fileName, d.language(), d.text(), d.sentences());
  }

  /**
   * Refuses a folder without usable documents.
   *
   * @throws InputException naming the folder
   */
  public static void requireDocuments(String dir, List<Document> documents) {
    if (documents.isEmpty()) {
      throw new InputException(
          dir, Problem.EMPTY, "has no readable documents", "put .txt, .html or .md files in it");
    }
  }

  /**
   * Matching needs at least one source and one target in different languages.
   *
   * @throws InputException naming the target folder
   */
  public static void requireOtherLanguage(
      List<Document> sources, List<Document> targets, String sourceDir, String targetDir) {
    boolean any =
        sources.stream()
            .anyMatch(s -> targets.stream().anyMatch(t -> t.language() != s.language()));
    if (!any) {
      throw new InputException(
          targetDir,
          Problem.LANGUAGE,
          "holds only " + targets.get(0).language().displayName() + " documents, like " + sourceDir,
          "give the folder of the translations");
    }
  }
}

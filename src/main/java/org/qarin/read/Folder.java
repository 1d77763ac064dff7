package org.qarin.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;

/** The documents of a folder: its regular files, hidden ones and subfolders left out. */
public final class Folder {
  private Folder() {}

  /**
   * The files directly in {@code dir}, in file-name order.
   *
   * @throws InputException when {@code dir} is missing, not a directory or cannot be listed
   */
  public static List<Path> files(Path dir) {
    String name = dir.toString();
    if (!Files.exists(dir)) {
      throw new InputException(name, Problem.MISSING, "no such directory", "check the path");
    }
    if (!Files.isDirectory(dir)) {
      throw new InputException(
          name, Problem.NOT_A_FILE, "is not a directory", "give a folder of documents");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (AccessDeniedException e) {
      throw new InputException(
          name, Problem.UNREADABLE, "permission denied", "check its permissions");
    } catch (IOException e) {
      throw new InputException(
          name,
          Problem.UNREADABLE,
          "cannot be listed (" + e.getMessage() + ")",
          "check the folder");
    }
  }
}

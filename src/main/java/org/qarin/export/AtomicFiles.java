package org.qarin.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.qarin.model.OutputException;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file beside
 * the target, which is then moved over it in one step.
 */
public final class AtomicFiles {
  /** What to do when a write fails for a reason the file system gives. */
  private static final String CHECK = "; check the path, its permissions and the free space";

  private AtomicFiles() {}

  /** Writes what {@code content} produces to a UTF-8 file. */
  public static void write(Path target, Content<Writer> content) {
    writeBytes(
        target,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          content.writeTo(w);
          w.flush();
        });
  }

  /**
   * Refuses, before any work is spent on its content, an output that cannot be written: its
   * directory is missing or is not a directory, or the output is a directory itself (moving a file
   * over it would replace an empty one).
   *
   * @throws OutputException naming the output, the problem and what to do
   */
  public static void checkWritable(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (Files.isDirectory(target)) {
      throw new OutputException(target.toString(), "is a directory; give a file name", null);
    }
    if (dir == null || !Files.exists(dir)) {
      throw new OutputException(
          target.toString(),
          "cannot be written (its directory does not exist); create it first",
          null);
    }
    if (!Files.isDirectory(dir)) {
      throw new OutputException(
          target.toString(),
          "cannot be written (" + dir + " is a file, not a directory); choose another path",
          null);
    }
  }

  /** Writes what {@code content} produces to a file, byte for byte. */
  public static void writeBytes(Path target, Content<OutputStream> content) {
    checkWritable(target);
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = temporaryBeside(dir, target);
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
        content.writeTo(out);
      }
      move(tmp, target);
      tmp = null;
    } catch (IOException e) {
      throw new OutputException(target.toString(), reason(e), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /**
   * Writes several files all or nothing: each content goes to a temporary file beside its target,
   * and only when every one is complete are they moved into place. If writing any content fails, no
   * target is touched and no temporary file remains; each move is atomic, and one can only fail
   * after the earlier ones (a full disk cannot stop a rename).
   */
  public static void writeAll(List<Pending> files) {
    List<Path> temporaries = new ArrayList<>();
    try {
      for (Pending f : files) {
        temporaries.add(staged(f));
      }
      for (int k = 0; k < files.size(); k++) {
        moveInPlace(temporaries.get(k), files.get(k).target());
        temporaries.set(k, null);
      }
    } finally {
      temporaries.forEach(AtomicFiles::deleteQuietly);
    }
  }

  /** A file to write with {@link #writeAll}: its target and what it holds. */
  public record Pending(Path target, Content<Writer> content) {}

  private static Path staged(Pending f) {
    Path dir = f.target().toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = temporaryBeside(dir, f.target());
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        f.content().writeTo(w);
        w.flush();
      }
      Path done = tmp;
      tmp = null;
      return done;
    } catch (IOException e) {
      throw new OutputException(f.target().toString(), reason(e), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static void moveInPlace(Path tmp, Path target) {
    try {
      move(tmp, target);
    } catch (IOException e) {
      throw new OutputException(target.toString(), reason(e), e);
    }
  }

  /** Creates a directory and its parents, or says why not. */
  public static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OutputException(dir.toString(), reason(e), e);
    }
  }

  /**
   * A fresh hidden file beside the target. Unlike {@link Files#createTempFile}, it gets the
   * permissions the user's umask gives any new file, not owner-only ones.
   */
  private static Path temporaryBeside(Path dir, Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(temporaryName(target.getFileName().toString(), System.nanoTime()));
      if (!Files.exists(tmp, LinkOption.NOFOLLOW_LINKS) || attempt > 100) {
        return tmp;
      }
    }
  }

  /**
   * The hidden name a file is written under before it is moved over {@code target}: {@code
   * .TARGET.HEX.tmp}. Other writers (the Spark jobs) use it too, so that each cleans up after the
   * others.
   */
  public static String temporaryName(String target, long unique) {
    return "." + target + "." + Long.toHexString(unique) + ".tmp";
  }

  /** Whether a file name is one {@link #temporaryName} gives: a write that never finished. */
  public static boolean isTemporary(String name) {
    return name.startsWith(".") && name.matches("\\..+\\.[0-9a-f]+\\.tmp");
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "cannot be written (its directory does not exist); create it first";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be written (permission denied); choose another place";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "cannot be created (a file of that name is in the way); choose another place";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "cannot be written (" + f.getReason() + ")" + CHECK;
    }
    return "cannot be written (" + e.getMessage() + ")" + CHECK;
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // The temporary file is hidden and named for its target; nothing better to do here.
      }
    }
  }

  /** Something that writes a file's content. */
  @FunctionalInterface
  public interface Content<T> {
    void writeTo(T out) throws IOException;
  }
}

package org.qarin.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.qarin.export.AtomicFiles;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.model.OutputException;
import org.qarin.read.DocumentReader;
import org.qarin.read.InputText;
import org.qarin.read.ReadOptions;

/**
 * Files through Hadoop's {@code FileSystem}, the way qarin's local commands treat files: inputs
 * fail with the same one-line problems, and an output appears whole or not at all (written to a
 * hidden temporary file beside it, then renamed over it). On the local file system the raw one is
 * used, so that no {@code .crc} files join the output.
 */
final class HadoopFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The Hadoop configuration as bytes: {@link Configuration} itself is not serialisable. */
  private final byte[] configuration;

  private transient Configuration conf;
  private transient FileSystem local;

  HadoopFiles(Configuration conf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      conf.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.configuration = bytes.toByteArray();
    this.conf = conf;
  }

  private Configuration conf() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(configuration))) {
        c.readFields(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      conf = c;
    }
    return conf;
  }

  /**
   * A location as qarin names it in reports: a local path as {@code qarin batch} would write it, or
   * a URI.
   */
  Path path(String location) {
    return isUri(location) ? new Path(location) : new Path(java.nio.file.Path.of(location).toUri());
  }

  static boolean isUri(String location) {
    int colon = location.indexOf(':');
    return colon > 1 && location.startsWith("://", colon);
  }

  /**
   * The file system of a path; for local paths the raw one (no {@code .crc} files beside the
   * output) without {@code chmod} calls (see {@link UmaskLocalFileSystem}).
   */
  FileSystem fs(Path p) {
    try {
      FileSystem fs = p.getFileSystem(conf());
      if (!(fs instanceof LocalFileSystem)) {
        return fs;
      }
      if (local == null) {
        FileSystem raw = new UmaskLocalFileSystem();
        raw.initialize(java.net.URI.create("file:///"), conf());
        local = raw;
      }
      return local;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the location is on the local file system. */
  boolean isLocal(String location) {
    return fs(path(location)).getScheme().toLowerCase(Locale.ROOT).equals("file");
  }

  /** Reads an input as {@link DocumentReader} reads a local file. */
  InputText read(String location, ReadOptions options) {
    Path p = path(location);
    FileSystem fs = fs(p);
    FileStatus status;
    try {
      status = fs.getFileStatus(p);
    } catch (FileNotFoundException e) {
      throw new InputException(location, Problem.MISSING, "no such file", "check the path");
    } catch (IOException e) {
      throw unreadable(location, e);
    }
    if (status.isDirectory()) {
      throw new InputException(location, Problem.NOT_A_FILE, "is a directory", "give a file");
    }
    try (InputStream in = fs.open(p)) {
      return DocumentReader.read(location, in, options);
    } catch (IOException e) {
      throw unreadable(location, e);
    }
  }

  private static InputException unreadable(String location, IOException e) {
    return new InputException(
        location, Problem.UNREADABLE, "cannot be read (" + e.getMessage() + ")", "check the file");
  }

  /**
   * The files directly in a folder, hidden ones and subfolders left out, in file-name order, named
   * as {@link org.qarin.read.Folder#files} names them.
   *
   * @throws InputException when the folder is missing, not a folder or cannot be listed
   */
  List<String> list(String dir) {
    Path p = path(dir);
    FileSystem fs = fs(p);
    List<String> names = new ArrayList<>();
    try {
      if (!fs.getFileStatus(p).isDirectory()) {
        throw new InputException(
            dir, Problem.NOT_A_FILE, "is not a directory", "give a folder of documents");
      }
      for (FileStatus s : fs.listStatus(p)) {
        String name = s.getPath().getName();
        if (s.isFile() && !name.startsWith(".")) {
          names.add(name);
        }
      }
    } catch (FileNotFoundException e) {
      throw new InputException(dir, Problem.MISSING, "no such directory", "check the path");
    } catch (IOException e) {
      throw new InputException(
          dir, Problem.UNREADABLE, "cannot be listed (" + e.getMessage() + ")", "check the folder");
    }
    names.sort(Comparator.comparing(java.nio.file.Path::of));
    List<String> out = new ArrayList<>();
    for (String name : names) {
      out.add(resolve(dir, name));
    }
    return out;
  }

  /** A file of a folder, named as qarin's local commands name it ({@code dir.resolve(name)}). */
  static String resolve(String dir, String name) {
    return isUri(dir)
        ? new Path(new Path(dir), name).toString()
        : java.nio.file.Path.of(dir).resolve(name).toString();
  }

  /** The UTF-8 text of a file, or null when there is none. */
  String readString(Path p) {
    FileSystem fs = fs(p);
    try (InputStream in = fs.open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (FileNotFoundException e) {
      return null;
    } catch (IOException e) {
      throw new OutputException(p.toString(), "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  void mkdirs(Path dir) {
    try {
      fs(dir).mkdirs(dir);
    } catch (IOException e) {
      throw new OutputException(dir.toString(), "cannot be created (" + e.getMessage() + ")", e);
    }
  }

  void delete(Path p, boolean recursive) {
    try {
      fs(p).delete(p, recursive);
    } catch (IOException e) {
      throw new OutputException(p.toString(), "cannot be deleted (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Deletes the hidden temporary files in a folder last modified before {@code before}: what an
   * interrupted run left. Younger ones may belong to another attempt still writing them.
   */
  void removeLeftovers(Path dir, long before) {
    FileSystem fs = fs(dir);
    try {
      for (FileStatus s : fs.listStatus(dir)) {
        if (s.isFile()
            && AtomicFiles.isTemporary(s.getPath().getName())
            && s.getModificationTime() < before) {
          fs.delete(s.getPath(), false);
        }
      }
    } catch (FileNotFoundException e) {
      // no folder yet, so nothing left in it
    } catch (IOException e) {
      throw new OutputException(dir.toString(), "cannot be cleaned (" + e.getMessage() + ")", e);
    }
  }

  /** Writes a UTF-8 file whole or not at all. */
  void write(Path target, AtomicFiles.Content<Writer> content) {
    writeBytes(
        target,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          content.writeTo(w);
          w.flush();
        });
  }

  /**
   * Writes a file whole or not at all: to a hidden temporary file named as {@code qarin batch}
   * names its own (so either cleans up after the other), then renamed over the target. A retried or
   * speculative task attempt writes the same bytes under another temporary name.
   */
  void writeBytes(Path target, AtomicFiles.Content<OutputStream> content) {
    FileSystem fs = fs(target);
    Path tmp = new Path(target.getParent(), AtomicFiles.temporaryName(target.getName(), unique()));
    try {
      try (FSDataOutputStream out = fs.create(tmp, true)) {
        content.writeTo(out);
      }
      // HDFS and object stores refuse to rename over a file; the local file system replaces it
      if (!fs.rename(tmp, target)) {
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
          throw new IOException("cannot rename " + tmp.getName() + " to " + target.getName());
        }
      }
    } catch (IOException e) {
      deleteQuietly(fs, tmp);
      throw new OutputException(target.toString(), "cannot be written (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      deleteQuietly(fs, tmp);
      throw e;
    }
  }

  private static long unique() {
    return java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1;
  }

  private static void deleteQuietly(FileSystem fs, Path tmp) {
    try {
      fs.delete(tmp, false);
    } catch (IOException ignored) {
      // a hidden temporary file; the next run removes it
    }
  }
}

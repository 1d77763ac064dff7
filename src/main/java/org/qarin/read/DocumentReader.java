package org.qarin.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.text.Chars;

/** Reads files and streams into {@link InputText}, refusing what is not usable text. */
public final class DocumentReader {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The most heap reading and segmenting a document takes per byte of input: measured with 50 MB
   * files, English text (which Java keeps at one byte a character) needing the most (between 10.2
   * and 12.8 bytes; Arabic text less than 10.2).
   */
  static final long HEAP_PER_BYTE = 13;

  private DocumentReader() {}

  /** Reads a file; the format comes from the options, else the file name, else the content. */
  public static InputText read(Path path, ReadOptions options) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new InputException(name, Problem.NOT_A_FILE, "is a directory", "give a file");
    }
    if (!Files.exists(path)) {
      throw new InputException(name, Problem.MISSING, "no such file", "check the path");
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(name, Problem.NOT_A_FILE, "is not a regular file", "give a file");
    }
    try {
      long size = Files.size(path);
      checkSize(name, size, options);
      return decode(name, Files.readAllBytes(path), options);
    } catch (NoSuchFileException e) {
      throw new InputException(name, Problem.MISSING, "no such file", "check the path");
    } catch (AccessDeniedException e) {
      throw new InputException(
          name, Problem.UNREADABLE, "permission denied", "check its permissions");
    } catch (IOException e) {
      throw new InputException(
          name, Problem.UNREADABLE, "cannot be read (" + e.getMessage() + ")", "check the file");
    }
  }

  /** Reads a stream to its end (standard input, for {@code -}). The stream is not closed. */
  public static InputText read(String name, InputStream in, ReadOptions options) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      checkSize(name, bytes.length, options);
      return decode(name, bytes, options);
    } catch (IOException e) {
      String detail = "cannot be read (" + e.getMessage() + ")";
      throw new InputException(name, Problem.UNREADABLE, detail, "check what feeds it");
    }
  }

  /** Wraps text already in memory, extracting HTML or Markdown as {@code format} says. */
  public static InputText of(String name, String text, Format format) {
    String content = extract(text, format);
    checkNotEmpty(name, content);
    return new InputText(name, content, format);
  }

  private static InputText decode(String name, byte[] bytes, ReadOptions options) {
    if (bytes.length == 0) {
      throw empty(name);
    }
    Format format = options.format().orElseGet(() -> sniff(name, bytes));
    ReadOptions effective = options;
    if (format == Format.HTML && options.encoding().isEmpty()) {
      effective = declaredCharset(bytes).map(options::withEncoding).orElse(options);
    }
    String text = Decoder.decode(name, bytes, effective.encoding());
    return of(name, text, format);
  }

  private static Format sniff(String name, byte[] bytes) {
    Format byName = Format.ofFileName(name);
    if (byName != Format.TEXT) {
      return byName;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        ? Format.HTML
        : Format.TEXT;
  }

  private static java.util.Optional<java.nio.charset.Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(java.nio.charset.Charset.forName(m.group(1)));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty(); // an unknown declared charset: let detection decide
    }
  }

  private static String extract(String text, Format format) {
    return switch (format) {
      case HTML -> HtmlExtractor.extract(text);
      case MARKDOWN -> MarkdownExtractor.extract(text);
      case TEXT -> text;
    };
  }

  private static void checkSize(String name, long size, ReadOptions options) {
    if (size > options.maxBytes()) {
      throw new InputException(
          name,
          Problem.TOO_LARGE,
          "is larger than the " + (options.maxBytes() >> 20) + " MiB input limit",
          "split it, or raise the limit with --max-input-mb (and the heap with -Xmx)");
    }
    checkMemory(name, size, Runtime.getRuntime().maxMemory());
  }

  /**
   * Refuses, before reading it, an input whose text and sentences the heap could not hold, rather
   * than running out of memory halfway.
   */
  static void checkMemory(String name, long size, long maxHeap) {
    long needed = size * HEAP_PER_BYTE;
    if (needed > maxHeap) {
      long gigabytes = (needed >> 30) + 1;
      throw new InputException(
          name,
          Problem.TOO_LARGE,
          "needs about "
              + (needed >> 20)
              + " MB of memory, more than the "
              + (maxHeap >> 20)
              + " MB Java may use here",
          "give Java more (java -Xmx" + gigabytes + "g -jar qarin.jar ...) or split the file");
    }
  }

  private static void checkNotEmpty(String name, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Chars.isSpace(c) && !Chars.isIgnorable(c)) {
        return;
      }
    }
    throw empty(name);
  }

  private static InputException empty(String name) {
    return new InputException(
        name, Problem.EMPTY, "is empty (no text)", "give a file with text in it");
  }
}

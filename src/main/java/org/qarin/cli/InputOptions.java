package org.qarin.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.qarin.read.DocumentReader;
import org.qarin.read.InputText;
import org.qarin.read.ReadOptions;
import picocli.CommandLine.Option;

/** Options every command that reads documents shares. */
final class InputOptions {
  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Encoding of plain-text inputs (default: BOM, UTF-8, else detected).")
  Charset encoding;

  @Option(
      names = "--max-input-mb",
      paramLabel = "MB",
      defaultValue = "64",
      description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE} MiB).")
  long maxInputMb;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  ReadOptions readOptions() {
    ReadOptions o = ReadOptions.defaults().withMaxBytes(maxInputMb << 20);
    return encoding == null ? o : o.withEncoding(encoding);
  }

  /** Reads a file, or standard input for {@code -}. */
  InputText read(Path path) {
    if (path.toString().equals("-")) {
      return DocumentReader.read("<stdin>", System.in, readOptions());
    }
    return DocumentReader.read(path, readOptions());
  }
}

package org.qarin.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.qarin.read.DocumentReader;
import org.qarin.read.InputText;
import org.qarin.read.ReadOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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
      converter = Megabytes.class,
      description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE} MiB).")
  long maxInputMb;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  ReadOptions readOptions() {
    ReadOptions o = ReadOptions.defaults().withMaxBytes(maxInputMb << 20);
    return encoding == null ? o : o.withEncoding(encoding);
  }

  /** A positive number of MiB whose bytes fit a long; anything else is a usage error. */
  static final class Megabytes implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long mb;
      try {
        mb = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number of MiB");
      }
      if (mb <= 0 || mb > Long.MAX_VALUE >> 20) {
        throw new TypeConversionException(
            "'" + value + "' MiB is no usable limit (give 1 or more)");
      }
      return mb;
    }
  }

  /** Reads a file, or standard input for {@code -}. */
  InputText read(Path path) {
    if (path.toString().equals("-")) {
      return DocumentReader.read("<stdin>", System.in, readOptions());
    }
    return DocumentReader.read(path, readOptions());
  }
}

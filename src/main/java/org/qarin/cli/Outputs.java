package org.qarin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qarin.export.AtomicFiles;
import org.qarin.model.OutputException;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's single output goes: a file written atomically, or standard output. */
final class Outputs {
  private Outputs() {}

  /**
   * Fails before any work is done when the output file could not be written at the end, or when it
   * is one of the inputs, which writing would replace.
   */
  static void checkWritable(Path output, Path... inputs) {
    if (output == null || output.toString().equals("-")) {
      return;
    }
    AtomicFiles.checkWritable(output);
    for (Path input : inputs) {
      if (sameFile(output, input)) {
        throw new OutputException(
            output.toString(), "is also an input; write to another file", null);
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // unreadable inputs are reported when they are read
    }
  }

  static void write(CommandSpec spec, Path output, AtomicFiles.Content<Writer> content)
      throws IOException {
    if (output == null || output.toString().equals("-")) {
      PrintWriter out = spec.commandLine().getOut();
      content.writeTo(out);
      out.flush();
    } else {
      AtomicFiles.write(output, content);
    }
  }
}

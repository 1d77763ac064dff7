package org.qarin.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.qarin.export.AtomicFiles;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's single output goes: a file written atomically, or standard output. */
final class Outputs {
  private Outputs() {}

  static void write(CommandSpec spec, Path output, AtomicFiles.Content<Writer> content)
      throws java.io.IOException {
    if (output == null || output.toString().equals("-")) {
      PrintWriter out = spec.commandLine().getOut();
      content.writeTo(out);
      out.flush();
    } else {
      AtomicFiles.write(output, content);
    }
  }
}

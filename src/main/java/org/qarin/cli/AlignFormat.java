package org.qarin.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.qarin.align.LinkFile;
import org.qarin.model.Alignment;

/** The formats of {@code qarin align}. */
enum AlignFormat {
  LINKS;

  void write(Alignment a, Writer w) throws IOException {
    switch (this) {
      case LINKS -> w.write(LinkFile.format(a.links()));
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

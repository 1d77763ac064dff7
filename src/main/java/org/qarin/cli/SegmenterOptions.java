package org.qarin.cli;

import java.nio.file.Path;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.read.DocumentReader;
import org.qarin.read.ReadOptions;
import org.qarin.segment.RuleSegmenter;
import org.qarin.segment.SentenceSegmenter;
import org.qarin.segment.SrxRules;
import picocli.CommandLine.Option;

/** The {@code --srx} option, shared by every command that segments. */
final class SegmenterOptions {
  @Option(
      names = "--srx",
      paramLabel = "FILE",
      description = "SRX 2.0 rules to use instead of qarin's own.")
  Path srx;

  SentenceSegmenter segmenter() {
    if (srx == null) {
      return Defaults.SEGMENTER;
    }
    String rules = DocumentReader.read(srx, ReadOptions.defaults().withMaxBytes(16L << 20)).text();
    try {
      return new RuleSegmenter(SrxRules.parse(rules));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          srx.toString(), Problem.INVALID, e.getMessage(), "check the SRX file");
    }
  }

  /** Loaded once: compiling the default rules is not free and they never change. */
  private static final class Defaults {
    static final SentenceSegmenter SEGMENTER = RuleSegmenter.defaults();
  }
}

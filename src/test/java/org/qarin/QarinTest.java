package org.qarin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qarin.export.OutputFormat;
import org.qarin.model.Report;

class QarinTest {
  @Test
  void theReadmeExampleRunsAndGivesTheContractsJson() throws Exception {
    assertThat(ReadmeExample.run())
        .contains("\"findings\"")
        .contains("\"summary\"")
        .contains("number-changed");
  }

  @Test
  void theReadmeShowsTheExampleAsItIs() throws IOException {
    String code = Files.readString(Path.of("src/test/java/org/qarin/ReadmeExample.java"));
    String example =
        code.substring(
            code.indexOf("// README example starts") + 24,
            code.indexOf("    // README example ends"));
    String readme = Files.readString(Path.of("README.md"));
    for (String line : example.strip().split("\n")) {
      assertThat(readme).as("README holds the example line").contains(line.strip());
    }
  }

  @Test
  void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
    List<String[]> inputs =
        List.of(
            new String[] {"corpus/sample/statement-ar.txt", "corpus/sample/statement-en.txt"},
            new String[] {"corpus/sample/statement-en.txt", "corpus/sample/statement-ar.txt"});
    List<String> sequential = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (String[] in : inputs) {
        sequential.add(json(Qarin.audit(Path.of(in[0]), Path.of(in[1]))));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String[] in : inputs) {
          futures.add(pool.submit(() -> json(Qarin.audit(Path.of(in[0]), Path.of(in[1])))));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(sequential.get(k));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String json(Report r) throws IOException {
    StringWriter w = new StringWriter();
    Qarin.export(r, OutputFormat.JSON, w);
    return w.toString();
  }
}

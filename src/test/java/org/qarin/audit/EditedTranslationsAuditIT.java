package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qarin.lab.Lab;

/**
 * The edited-translation benchmark on the dev split (built from ../shared/data, seed 19; skipped
 * without it): the planted content changes are found and the rest of each faithful translation
 * raises few content alarms. The figures qarin reports come from the test split (docs/evaluation.md).
 */
class EditedTranslationsAuditIT {
  private static final Path DATA = Path.of("../shared/data");

  @TempDir Path dir;

  @Test
  void plantedChangesAreFoundAndFewOtherAlarmsRaised() throws IOException {
    assumeTrue(Files.isDirectory(DATA.resolve("tico19-en-ar")), "no ../shared/data here");
    Lab.Result r = Lab.run("bench", "edited", "--data", DATA.toString(), "--split", "dev");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String line = r.out().strip();
    System.out.println(line);
    assertThat(figure(line, "f1_strict")).isGreaterThan(0.90);
    assertThat(planted(line, "number-changed")).isGreaterThanOrEqualTo(0.85);
  }

  static double figure(String json, String key) {
    String rest = json.substring(json.indexOf("\"" + key + "\": ") + key.length() + 4);
    return Double.parseDouble(rest.substring(0, rest.indexOf(rest.contains(",") ? ',' : '}')).strip());
  }

  private static double planted(String json, String kind) {
    String rest = json.substring(json.indexOf("\"" + kind + "\": [") + kind.length() + 5);
    String[] f = rest.substring(0, rest.indexOf(']')).split(",");
    return Double.parseDouble(f[2].strip());
  }
}

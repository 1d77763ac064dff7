package org.qarin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The shape of the product's packages, read from its compiled classes: the facade ({@link Qarin})
 * and the command line sit on top and nothing below calls back into them, the packages depend on
 * each other without cycles, and only the entry points (the command line and the Spark jobs, the
 * edges that talk to a terminal) write to the standard streams or end the process.
 */
class ArchitectureTest {
  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.qarin");

  static final ArchRule NO_CYCLES = slices().matching("org.qarin.(**)").should().beFreeOfCycles();

  static final ArchRule NOTHING_CALLS_BACK_INTO_THE_FACADE_OR_THE_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.qarin.cli..", "org.qarin.spark..")
          .and()
          .doNotHaveFullyQualifiedName(Qarin.class.getName())
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.qarin.cli..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(Qarin.class.getName());

  static final ArchRule ONLY_THE_CLI_USES_THE_STANDARD_STREAMS =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.qarin.cli..", "org.qarin.spark..")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

  static final ArchRule ONLY_THE_CLI_EXITS =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.qarin.cli..", "org.qarin.spark..")
          .should()
          .callMethod(System.class, "exit", int.class);

  @Test
  void packagesHaveNoCycles() {
    NO_CYCLES.check(PRODUCT);
  }

  @Test
  void nothingCallsBackIntoTheFacadeOrTheCli() {
    NOTHING_CALLS_BACK_INTO_THE_FACADE_OR_THE_CLI.check(PRODUCT);
  }

  @Test
  void onlyTheCliWritesToTheStandardStreamsOrExits() {
    ONLY_THE_CLI_USES_THE_STANDARD_STREAMS.check(PRODUCT);
    ONLY_THE_CLI_EXITS.check(PRODUCT);
  }

  /** The rules fail when broken: classes written against them here are caught. */
  @Test
  void theRulesCatchWhatTheyForbid() {
    JavaClasses broken =
        new ClassFileImporter().importClasses(Printer.class, Quitter.class, Caller.class);
    assertThatThrownBy(() -> ONLY_THE_CLI_USES_THE_STANDARD_STREAMS.check(broken))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> ONLY_THE_CLI_EXITS.check(broken)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> NOTHING_CALLS_BACK_INTO_THE_FACADE_OR_THE_CLI.check(broken))
        .isInstanceOf(AssertionError.class);
  }

  static final class Printer {
    void print() {
      System.out.println("progress");
    }
  }

  static final class Quitter {
    void quit() {
      System.exit(3);
    }
  }

  static final class Caller {
    Object call() {
      return Qarin.class;
    }
  }
}

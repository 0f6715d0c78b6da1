package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dependency version check: one clear error naming the version needed. */
class DependenciesTest {

  private static String problem(String found) {
    return Dependencies.problem(
        "jackson-core", "com.fasterxml.jackson.core:jackson-core", found, "2.21.0");
  }

  @Test
  void anOlderVersionGetsAMessageNamingTheVersionNeeded() {
    assertThat(problem("2.15.4"))
        .isEqualTo(
            "Pressroom needs jackson-core 2.21.0 or later, but 2.15.4 was found at run time:"
                + " another dependency or an imported BOM chose it. Declare"
                + " com.fasterxml.jackson.core:jackson-core 2.21.0 or later in your build (in"
                + " Maven, in dependencyManagement).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.20.1", "2.16.2", "1.9.13", "2.20.99-SNAPSHOT", "2"})
  void olderVersionsAreRefused(String found) {
    assertThat(problem(found)).contains("needs jackson-core 2.21.0 or later, but " + found + " ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.21.0", "2.21", "2.21.8", "2.22.0-SNAPSHOT", "2.100.0", "3.0.0"})
  void theMinimumAndNewerAreAccepted(String found) {
    assertThat(problem(found)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "unknown", "x.y.z"})
  void aVersionThatCannotBeReadIsNotHeldAgainstTheUser(String found) {
    assertThat(problem(found)).isNull();
  }

  /**
   * The build runs this test twice: with the jackson-core of the build, and (execution
   * oldest-dependencies) with the oldest supported one, naming in a system property the version
   * each run should see.
   */
  @Test
  void runsWithTheJacksonTheBuildMeansToTest() {
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("pressroom.test.jackson-version"));
  }

  @Test
  void theJacksonOfThisBuildPasses() {
    assertThatCode(Dependencies::requireJackson).doesNotThrowAnyException();
  }
}

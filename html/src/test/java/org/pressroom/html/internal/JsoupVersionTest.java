package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.pressroom.internal.Dependencies;

class JsoupVersionTest {

  @Test
  void readsTheVersionOfTheJsoupOnTheClassPath() {
    String found = JsoupVersion.found();
    assertThat(found).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*");
    assertThat(Dependencies.problem("jsoup", "org.jsoup:jsoup", found, Dependencies.JSOUP_MINIMUM))
        .isNull();
  }

  /**
   * The build runs this test twice: with the jsoup of the build, and (execution
   * oldest-dependencies) with the oldest supported one, naming in a system property the version
   * each run should see.
   */
  @Test
  void runsWithTheJsoupTheBuildMeansToTest() {
    assertThat(JsoupVersion.found()).isEqualTo(System.getProperty("pressroom.test.jsoup-version"));
  }

  @Test
  void theJsoupOfThisBuildPasses() {
    assertThatCode(JsoupVersion::require).doesNotThrowAnyException();
  }
}

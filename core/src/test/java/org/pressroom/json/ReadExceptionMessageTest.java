package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * The message quotes a bounded part of the input, even where the pointer is huge; {@code pointer()}
 * stays whole.
 */
class ReadExceptionMessageTest {
  @Test
  void messageAbbreviatesAMegabyteKeyInThePointer() {
    String key = "k".repeat(1_000_000);
    SchemaException e =
        catchThrowableOfType(
            SchemaException.class,
            () ->
                ReleaseReader.strict().read(ReaderBehaviourTest.withExtras("\"" + key + "\": 1,")));
    assertThat(e.pointer()).isEqualTo("/" + key);
    assertThat(e.getMessage())
        .hasSizeLessThan(300)
        .startsWith("line 2, column 1, at /kkkk")
        .contains("k...k");
  }

  @Test
  void messageAbbreviatesAPointerThousandLevelsDeep() {
    ReleaseReader reader =
        ReleaseReader.create(
            ReadOptions.defaults()
                .withUnknownKeys(UnknownKeys.IGNORE)
                .withMaxDepth(ReadOptions.MAX_DEPTH_LIMIT));
    LimitExceededException e =
        catchThrowableOfType(
            LimitExceededException.class,
            () ->
                reader.read(
                    ReaderBehaviourTest.withExtras(
                        "\"x\": " + "[".repeat(2_000) + "]".repeat(2_000) + ",")));
    assertThat(e.pointer()).startsWith("/x/0/0/").hasSizeGreaterThan(1_900);
    assertThat(e.getMessage())
        .hasSizeLessThan(300)
        .contains("/x/0/0/")
        .contains("...")
        .contains("ReadOptions.maxDepth");
  }

  @Test
  void shortPointersAreWhole() {
    SchemaException e =
        catchThrowableOfType(
            SchemaException.class,
            () ->
                ReleaseReader.strict()
                    .read(
                        ReaderBehaviourTest.SAMPLE.replace(
                            "\"language\": \"EN\"", "\"language\": 1")));
    assertThat(e.getMessage()).contains("at /language: ");
  }
}

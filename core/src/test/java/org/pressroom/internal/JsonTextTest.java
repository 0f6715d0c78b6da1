package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a preserved unknown value may be: exactly one strict JSON value, without duplicate keys,
 * bounded depth.
 */
class JsonTextTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1",
        "-0",
        "1.5e+3",
        "\"x\"",
        "\"\\ud800\"",
        "true",
        "false",
        "null",
        "{}",
        "[]",
        " \r\n\t[1, {\"a\": [null]}] ",
        "{\"a\":1,\"b\":{\"a\":2}}"
      })
  void acceptsOneJsonValue(String text) {
    assertThat(JsonText.problemWith(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "1 2",
        "[1] [2]",
        "{} x",
        "[1]]",
        "1x",
        "[1,]",
        "{\"a\":1,}",
        "'a'",
        "NaN",
        "01",
        "// c\n1",
        "[1 /* c */]",
        "\"a\u0001\"",
        "\"\\x\"",
        "{a:1}",
        "tru",
        "[",
        "{\"a\"}"
      })
  void refusesAnythingButOneJsonValue(String text) {
    assertThat(JsonText.problemWith(text)).startsWith("must be");
  }

  @Test
  void refusesDuplicateKeysAtAnyDepth() {
    assertThat(JsonText.problemWith("{\"a\":1,\"a\":2}")).contains("Duplicate");
    assertThat(JsonText.problemWith("[{\"b\":{\"a\":1,\"a\":1}}]")).contains("Duplicate");
  }

  @Test
  @Timeout(10)
  void boundsNestingWithoutOverflowingTheStack() {
    int ok = JsonText.MAX_DEPTH;
    assertThat(JsonText.problemWith("[".repeat(ok) + "]".repeat(ok))).isNull();
    assertThat(JsonText.problemWith("[".repeat(ok + 1) + "]".repeat(ok + 1))).contains("depth");
    assertThat(JsonText.problemWith("[".repeat(1_000_000))).contains("depth");
    assertThat(JsonText.problemWith("{\"a\":".repeat(100_000))).contains("depth");
  }
}

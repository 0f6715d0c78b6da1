package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.json.LimitExceededException;
import org.pressroom.json.MalformedJsonException;
import org.pressroom.json.ReadException;
import org.pressroom.json.SchemaException;

/** The readers' one way of making their exceptions, which have no public constructor. */
class ReadErrorsTest {
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(ReadErrors.Kind.MALFORMED_JSON, MalformedJsonException.class),
        Arguments.of(ReadErrors.Kind.SCHEMA, SchemaException.class),
        Arguments.of(ReadErrors.Kind.LIMIT_EXCEEDED, LimitExceededException.class));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void eachKindIsItsSubclassWithWhatItWasGiven(
      ReadErrors.Kind kind, Class<? extends ReadException> type) {
    IOException cause = new IOException("underneath");
    ReadException e = ReadErrors.of(kind, "expected a string", "/title", 3, 14, cause);
    assertThat(e).isExactlyInstanceOf(type).hasCause(cause);
    assertThat(e.reason()).isEqualTo("expected a string");
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(14);
    assertThat(e.recordIndex()).isEqualTo(-1);
    assertThat(e.getMessage()).isEqualTo("line 3, column 14, at /title: expected a string");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aCopyInARecordKeepsTheKindTheStackAndTheRest(
      ReadErrors.Kind kind, Class<? extends ReadException> type) {
    ReadException e = ReadErrors.of(kind, "no value", null, 1, 1, null);
    ReadException copy = ReadErrors.inRecord(e, 7);
    assertThat(copy).isExactlyInstanceOf(type).isNotSameAs(e);
    assertThat(copy.recordIndex()).isEqualTo(7);
    assertThat(copy.getStackTrace()).isEqualTo(e.getStackTrace());
    assertThat(copy.getMessage()).isEqualTo("record 7, line 1, column 1: no value");
    assertThat(e.recordIndex()).isEqualTo(-1);
  }

  @Test
  void theExceptionsHaveNoPublicConstructor() {
    for (Class<?> type :
        new Class<?>[] {
          ReadException.class,
          MalformedJsonException.class,
          SchemaException.class,
          LimitExceededException.class
        }) {
      assertThat(type.getConstructors()).as(type.getSimpleName()).isEmpty();
    }
  }

  @Test
  void aSecondFactoryIsRefused() {
    ReadErrors.of(ReadErrors.Kind.SCHEMA, "x", null, 1, 1, null); // the first is installed by now
    assertThatThrownBy(
            () ->
                ReadErrors.install(
                    new ReadErrors.Factory() {
                      @Override
                      public ReadException make(ReadErrors.Failure failure) {
                        throw new AssertionError();
                      }

                      @Override
                      public ReadException inRecord(ReadException e, long index) {
                        throw new AssertionError();
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("installed already");
  }
}

package org.pressroom.html.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.html.Body;
import org.pressroom.html.BodyJsonReader;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.BodySchema;

/** The bodies built in code for the renderer tests: schema-valid body JSON, read back to itself. */
class RenderedBodiesReadBackTest {
  static Stream<Named<String>> bodies() {
    return Bodies.NAMED.keySet().stream().map(name -> Named.of(name, name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void bodyJsonMeetsTheSchemaAndReadsBackToTheSameBytes(String name) {
    Body body = Bodies.NAMED.get(name).get();
    String json = BodyRenderer.json().render(body);
    assertThat(BodySchema.errors(json)).isEmpty();
    Body again = BodyJsonReader.strict().read(json);
    assertThat(BodyRenderer.json().render(again)).isEqualTo(json);
    assertThat(BodyRenderer.markdown().render(again))
        .isEqualTo(BodyRenderer.markdown().render(body));
  }
}

package org.pressroom.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pressroom.html.BodyJsonReader;
import org.pressroom.json.ReleaseReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON trees, and the JSON Schemas (Pressroom's and IPTC's ninjs 3.1) in a validator. */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * IPTC's ninjs 3.1 schema. Its {@code places} refer to the GeoJSON schema on the web; the tests
   * never fetch it: a stub stands in (the export writes no places).
   */
  private static final Schema NINJS =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              b ->
                  b.schemas(
                      Map.of(
                          "https://geojson.org/schema/GeoJSON.json",
                          "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                              + " \"type\": \"object\"}")))
          .getSchema(
              Inputs.read(Path.of("src/test/resources/ninjs/ninjs-schema_3.1.json")),
              InputFormat.JSON);

  private static final SchemaRegistry DRAFT_2020_12 =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema RELEASE =
      DRAFT_2020_12.getSchema(ReleaseReader.jsonSchema(), InputFormat.JSON);
  private static final Schema BODY =
      DRAFT_2020_12.getSchema(BodyJsonReader.jsonSchema(), InputFormat.JSON);

  private Json() {}

  /** {@return the findings of Pressroom's release JSON Schema} */
  static List<String> releaseErrors(String json) {
    return RELEASE.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** {@return the findings of Pressroom's body JSON Schema} */
  static List<String> bodyErrors(String json) {
    return BODY.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  /** {@return the findings of IPTC's ninjs 3.1 schema, format assertions on (date-time, uri)} */
  static List<String> ninjsErrors(String json) {
    return NINJS
        .validate(
            json,
            InputFormat.JSON,
            ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
        .stream()
        .map(Error::toString)
        .toList();
  }
}

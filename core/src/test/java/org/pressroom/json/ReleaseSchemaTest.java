package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;

/**
 * The release JSON Schema, checked with a JSON Schema validator: the canonical output of every
 * valid fixture meets it, and every invalid fixture that is JSON but not a release fails it, except
 * the few whose fault a schema cannot say (listed, and checked to pass, so that the list stays
 * true).
 */
class ReleaseSchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA =
      REGISTRY.getSchema(ReleaseReader.jsonSchema(), InputFormat.JSON);

  /** Faults outside what JSON Schema can express, by invalid fixture, with the reason. */
  private static final Map<String, String> NOT_EXPRESSIBLE =
      Map.of(
          "duplicate-in-contact", "a parsed JSON object has no duplicate keys left to check",
          "duplicate-top-level", "a parsed JSON object has no duplicate keys left to check",
          "type-format-version-float", "JSON Schema counts 5.0 as the integer 5",
          "type-format-version-exponent", "JSON Schema counts 5e0 as the integer 5");

  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void schemaMeetsTheDraft202012MetaSchema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(ReleaseReader.jsonSchema(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void schemaIsTheJarResource() throws IOException {
    try (var in = ReleaseReader.class.getResourceAsStream(ReleaseReader.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(ReleaseReader.jsonSchema())
          .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }
  }

  static Stream<Named<Path>> valid() {
    return Fixtures.valid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void canonicalOutputOfEveryValidFixtureMeetsTheSchema(Path file) {
    // The schema describes strict reading: a fixture with unknown keys is read with them ignored.
    ReadOptions options =
        Fixtures.preserves(file)
            ? ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE)
            : ReadOptions.defaults();
    Release release = ReleaseReader.create(options).read(Fixtures.text(file));
    assertThat(errors(ReleaseWriter.canonical().write(release))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void strictlyValidFixturesMeetTheSchemaAsWritten(Path file) {
    if (Fixtures.preserves(file)) {
      // Unknown keys: refused by the strict reader, and so by the schema.
      assertThat(errors(Fixtures.text(file))).isNotEmpty();
    } else {
      assertThat(errors(Fixtures.text(file))).isEmpty();
    }
  }

  static Stream<Named<Path>> schemaErrors() throws IOException {
    Path dir = Fixtures.folder("invalid");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list =
          files
              .filter(p -> p.toString().endsWith(".json"))
              .filter(p -> sidecar(p).contains("kind=schema"))
              .sorted()
              .toList();
      return list.stream().map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  private static String sidecar(Path json) {
    String name = json.getFileName().toString();
    return Fixtures.text(
        json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaErrors")
  void invalidFixturesFailTheSchemaUnlessASchemaCannotSayWhy(Path file) {
    String name = file.getFileName().toString().replace(".json", "");
    List<String> errors = errors(Fixtures.text(file));
    if (sidecar(file).contains("unknown-keys=IGNORE")
        || sidecar(file).contains("unknown-keys=PRESERVE")) {
      // Read with unknown keys allowed, where the schema (strict reading) refuses the unknown key.
      assertThat(errors).anyMatch(e -> e.contains("additional properties"));
    } else if (NOT_EXPRESSIBLE.containsKey(name)) {
      assertThat(errors).as(NOT_EXPRESSIBLE.get(name)).isEmpty();
    } else {
      assertThat(errors).isNotEmpty();
    }
  }

  @Test
  void theTimestampRuleKnowsLeapYearsAndTheClock() {
    String json = Fixtures.text(Fixtures.folder("canonical").resolve("sample.json"));
    String modified = "\"modified_at\": \"";
    int at = json.indexOf(modified) + modified.length();
    for (String ok : List.of("2024-02-29 00:00:00", "2000-02-29 23:59:59", "0000-02-29 12:00:00")) {
      assertThat(errors(json.substring(0, at) + ok + json.substring(at + 19))).as(ok).isEmpty();
    }
    for (String bad :
        List.of(
            "2023-02-29 00:00:00",
            "1900-02-29 00:00:00",
            "2026-04-31 10:00:00",
            "2026-13-01 10:00:00",
            "2026-06-10 24:00:00",
            "2026-06-10 10:60:00",
            "2026-06-10T10:00:00")) {
      assertThat(errors(json.substring(0, at) + bad + json.substring(at + 19)))
          .as(bad)
          .isNotEmpty();
    }
  }
}

package org.pressroom.html;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The body JSON Schema loaded once into a JSON Schema validator, for the tests. */
public final class BodySchema {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(BodyJsonReader.jsonSchema(), InputFormat.JSON);

  private BodySchema() {}

  /** {@return the validator's findings on a body JSON document, empty when it meets the schema} */
  public static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}

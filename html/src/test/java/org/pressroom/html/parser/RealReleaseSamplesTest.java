package org.pressroom.html.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Contact;
import org.pressroom.Release;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.fixtures.JsonTree;
import org.pressroom.json.ReleaseReader;

/**
 * DESIGN 3.1 on a few real releases kept in the test resources ({@code releases/}, sources in its
 * {@code NOTICE}): the dateline and every press contact a person marked ({@code
 * releases/expected.json}), and no contact without an email address or a phone number. The whole
 * set runs in the corpus profile ({@code RealReleasesCorpusTest}).
 */
class RealReleaseSamplesTest {
  private static final BodyParser PARSER = BodyParser.create();

  private static String resource(String name) throws IOException {
    try (InputStream in = RealReleaseSamplesTest.class.getResourceAsStream("/releases/" + name)) {
      Objects.requireNonNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Stream<Named<String>> releases() throws IOException {
    Map<?, ?> marks = (Map<?, ?>) JsonTree.read(resource("expected.json"));
    assertThat(marks).as("marked sample releases").hasSizeGreaterThanOrEqualTo(5);
    return marks.keySet().stream().map(k -> Named.of((String) k, (String) k));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void readsTheDatelineAndContactsAPersonMarked(String name) throws IOException {
    Map<?, ?> marks = (Map<?, ?>) ((Map<?, ?>) JsonTree.read(resource("expected.json"))).get(name);
    Release release = ReleaseReader.strict().read(resource(name + ".release.json"));
    Body body = PARSER.parse(release);

    Map<?, ?> want = (Map<?, ?>) marks.get("dateline");
    Dateline got = body.dateline();
    if (want == null) {
      assertThat(got).as("no dateline").isNull();
    } else {
      assertThat(got).as("dateline").isNotNull();
      assertThat(got.location()).startsWith((String) want.get("location"));
      Object date = want.get("date");
      assertThat(got.date()).isEqualTo(date == null ? null : LocalDate.parse((String) date));
    }

    List<Contact> contacts = new ArrayList<>();
    for (Block b : body.blocks()) {
      if (b instanceof ContactBlock) {
        contacts.add(((ContactBlock) b).contact());
      }
    }
    for (Contact c : contacts) {
      assertThat(c.email() != null || c.telephone() != null || c.mobile() != null)
          .as("%s has an email address or a phone number", c)
          .isTrue();
    }
    for (Object o : (List<?>) marks.get("contacts")) {
      Map<?, ?> mark = (Map<?, ?>) o;
      assertThat(contacts).as("a contact with %s", mark).anyMatch(c -> matches(mark, c));
    }
  }

  private static boolean matches(Map<?, ?> mark, Contact c) {
    if (mark.containsKey("email")) {
      return c.email() != null && c.email().equalsIgnoreCase((String) mark.get("email"));
    }
    String phone = (String) mark.get("phone");
    return digits(c.telephone()).contains(phone) || digits(c.mobile()).contains(phone);
  }

  private static String digits(@Nullable String s) {
    return s == null ? "" : s.replaceAll("\\D", "");
  }
}

package org.pressroom.html.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
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
 * DESIGN 3.1 on real releases ({@code releases/} of the shared corpus, in the {@code corpus}
 * profile only): each release's dateline and press contacts as a person marked them in {@code
 * expected.json}. Every dateline must be right, no contact may be invented (one without an email
 * address or a phone number), and at least 90% of the marked contacts must be found as top-level
 * contact blocks (matched by email address, or by the digits of a phone number where the release
 * gives no usable email address), as {@code score.py} beside the releases counts them.
 */
class RealReleasesCorpusTest {
  private static final BodyParser PARSER = BodyParser.create();
  private static final ReleaseReader READER = ReleaseReader.strict();

  static Path releases() {
    String dir = System.getProperty("pressroom.corpus");
    assertThat(dir).as("system property pressroom.corpus (set by the corpus profile)").isNotBlank();
    Path path = Paths.get(dir).resolve("releases");
    assertThat(path.resolve("expected.json")).as("marks of the real releases").isRegularFile();
    return path;
  }

  static Map<String, Map<?, ?>> marks() throws IOException {
    Map<?, ?> all =
        (Map<?, ?>) JsonTree.read(Files.readString(releases().resolve("expected.json")));
    Map<String, Map<?, ?>> out = new TreeMap<>();
    for (Map.Entry<?, ?> e : all.entrySet()) {
      out.put((String) e.getKey(), (Map<?, ?>) e.getValue());
    }
    assertThat(out).as("marked releases").hasSizeGreaterThanOrEqualTo(25);
    return out;
  }

  static Stream<Named<String>> names() throws IOException {
    return marks().keySet().stream().map(name -> Named.of(name, name));
  }

  private static Body body(String name) throws IOException {
    Release release = READER.read(releases().resolve(name + ".release.json"));
    return PARSER.parse(release);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void theDatelineIsTheOneAPersonMarked(String name) throws IOException {
    Map<?, ?> want = (Map<?, ?>) marks().get(name).get("dateline");
    Dateline got = body(name).dateline();
    if (want == null) {
      assertThat(got).as("%s: no dateline", name).isNull();
      return;
    }
    String location = norm((String) want.get("location"));
    if (want.get("date") == null) {
      // a place without a date: none is also right (score.py's rule)
      if (got != null) {
        assertThat(norm(got.location())).as("%s: dateline place", name).startsWith(location);
      }
      return;
    }
    assertThat(got).as("%s: dateline", name).isNotNull();
    assertThat(norm(got.location())).as("%s: dateline place", name).startsWith(location);
    assertThat(got.date())
        .as("%s: dateline date", name)
        .isEqualTo(LocalDate.parse((String) want.get("date")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void noContactIsInvented(String name) throws IOException {
    for (ContactBlock block : contacts(body(name))) {
      Contact c = block.contact();
      assertThat(c.email() != null || c.telephone() != null || c.mobile() != null)
          .as("%s: contact %s has an email address or a phone number", name, c)
          .isTrue();
    }
  }

  @Test
  void atLeast90PercentOfTheMarkedContactsAreFound() throws IOException {
    int marked = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (Map.Entry<String, Map<?, ?>> e : marks().entrySet()) {
      List<Contact> model = new ArrayList<>();
      for (ContactBlock block : contacts(body(e.getKey()))) {
        model.add(block.contact());
      }
      boolean[] used = new boolean[model.size()];
      for (Object o : (List<?>) e.getValue().get("contacts")) {
        Map<?, ?> want = (Map<?, ?>) o;
        marked++;
        int hit = -1;
        for (int i = 0; i < model.size() && hit < 0; i++) {
          if (!used[i] && matches(want, model.get(i))) {
            hit = i;
          }
        }
        if (hit < 0) {
          missed.add(e.getKey() + ": " + want);
        } else {
          used[hit] = true;
          found++;
        }
      }
    }
    assertThat(marked).as("marked contacts").isGreaterThanOrEqualTo(17);
    assertThat(found * 10)
        .as("contacts found: %d of %d; missed: %s", found, marked, missed)
        .isGreaterThanOrEqualTo(marked * 9);
  }

  private static boolean matches(Map<?, ?> want, Contact c) {
    if (want.containsKey("email")) {
      return norm(c.email()).equals(want.get("email"));
    }
    String phone = (String) want.get("phone");
    return digits(c.telephone()).contains(phone) || digits(c.mobile()).contains(phone);
  }

  private static List<ContactBlock> contacts(Body body) {
    List<ContactBlock> out = new ArrayList<>();
    for (Block b : body.blocks()) {
      if (b instanceof ContactBlock) {
        out.add((ContactBlock) b);
      }
    }
    return out;
  }

  /** As score.py: NFKC, case folded, whitespace collapsed, trimmed, without a closing colon. */
  private static String norm(@Nullable String s) {
    String n =
        Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .strip();
    while (n.endsWith(":")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    return n;
  }

  private static String digits(@Nullable String s) {
    return s == null ? "" : s.replaceAll("\\D", "");
  }
}

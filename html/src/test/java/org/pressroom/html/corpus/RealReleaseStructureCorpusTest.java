package org.pressroom.html.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressroom.Release;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Quote;
import org.pressroom.html.Role;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;
import org.pressroom.html.fixtures.JsonTree;
import org.pressroom.json.ReleaseReader;

/**
 * The real releases of the shared corpus ({@code releases/}, corpus profile) against a person's
 * marks, scored as the folder's {@code score.py} scores them: headings from its {@code
 * expected.json} (recall at least 90%, at most one false heading in the whole set), structure roles
 * from this project's {@code release-roles/roles.json}, and no tracking pixel kept.
 */
class RealReleaseStructureCorpusTest {
  private static final Map<String, Body> BODIES = new TreeMap<>();
  private static Map<String, Object> expected;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void parseEveryRelease() throws IOException {
    Path folder = CorpusTest.corpus().resolve("releases");
    expected =
        (Map<String, Object>) JsonTree.read(Files.readString(folder.resolve("expected.json")));
    assertThat(expected).as("marked releases").hasSizeGreaterThanOrEqualTo(25);
    ReleaseReader reader = ReleaseReader.strict();
    BodyParser parser = BodyParser.create();
    for (String name : expected.keySet()) {
      Release release = reader.read(folder.resolve(name + ".release.json"));
      BODIES.put(name, parser.parse(release));
    }
  }

  /** As score.py: NFKC, case folded, whitespace collapsed, trimmed, a final colon dropped. */
  static String norm(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = t.replaceAll("\\s+", " ").strip();
    while (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip();
  }

  @Test
  @SuppressWarnings("unchecked")
  void findsNineInTenMarkedHeadingsWithAtMostOneFalse() {
    int marked = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Body> e : BODIES.entrySet()) {
      Map<String, Object> marks = (Map<String, Object>) expected.get(e.getKey());
      List<String> headings = (List<String>) marks.get("headings");
      List<String> optional = (List<String>) marks.get("optional");
      List<String> model = new ArrayList<>();
      for (Block b : e.getValue().blocks()) {
        if (b instanceof Heading) {
          model.add(norm(b.text()));
        }
      }
      boolean[] used = new boolean[model.size()];
      for (String h : headings) {
        marked++;
        int k = -1;
        for (int i = 0; i < model.size() && k < 0; i++) {
          if (!used[i] && model.get(i).startsWith(norm(h))) {
            k = i;
          }
        }
        if (k < 0) {
          missed.add(e.getKey() + ": " + h);
        } else {
          used[k] = true;
          found++;
        }
      }
      for (int i = 0; i < model.size(); i++) {
        final String m = model.get(i);
        if (!used[i]
            && !optional.contains("*")
            && optional.stream().noneMatch(o -> m.startsWith(norm(o)))) {
          wrong.add(e.getKey() + ": " + m);
        }
      }
    }
    assertThat(found * 10)
        .as("headings found of %d, missed: %s", marked, missed)
        .isGreaterThanOrEqualTo(marked * 9);
    assertThat(wrong).as("false headings").hasSizeLessThanOrEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyMarkedRoleIsOnItsBlocks() throws IOException {
    Map<String, Object> roles;
    try (InputStream in = getClass().getResourceAsStream("/release-roles/roles.json")) {
      assertThat(in).as("release-roles/roles.json").isNotNull();
      roles =
          (Map<String, Object>)
              JsonTree.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(roles.keySet()).as("releases with roles marked").hasSizeGreaterThanOrEqualTo(15);
    int marked = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Object> release : roles.entrySet()) {
      assertThat(BODIES).as("the marked releases").containsKey(release.getKey());
      Body body = BODIES.get(release.getKey());
      List<Block> top = body.blocks();
      for (Map.Entry<String, Object> entry :
          ((Map<String, Object>) release.getValue()).entrySet()) {
        Role role = Role.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
        for (String prefix : (List<String>) entry.getValue()) {
          marked++;
          int k = -1;
          for (int i = 0; i < top.size() && k < 0; i++) {
            if (norm(top.get(i).text()).startsWith(norm(prefix))) {
              k = i;
            }
          }
          boolean ok =
              k >= 0
                  && (body.role(k) == role
                      || (role != Role.NOTICE && k + 1 < top.size() && body.role(k + 1) == role));
          if (!ok) {
            wrong.add(
                release.getKey()
                    + ": "
                    + role.jsonName()
                    + " not on \""
                    + prefix
                    + "\""
                    + (k < 0 ? " (no such block)" : " (" + body.role(k).jsonName() + ")"));
          }
        }
      }
    }
    assertThat(marked).isGreaterThanOrEqualTo(40);
    assertThat(wrong).as("roles not on their blocks").isEmpty();
  }

  @Test
  void keepsNoTrackingPixel() {
    List<String> kept = new ArrayList<>();
    int images = 0;
    for (Map.Entry<String, Body> e : BODIES.entrySet()) {
      for (Image image : images(e.getValue().blocks(), new ArrayList<>())) {
        images++;
        if (image.src().contains("/ti?")) {
          kept.add(e.getKey() + ": " + image.src());
        }
      }
    }
    assertThat(images).as("images kept in the releases").isPositive();
    assertThat(kept).as("tracking pixels kept").isEmpty();
  }

  @Test
  void theMainTextIsTheLeadAndBodyOnly() {
    Body body = BODIES.get("05-picnic-urban-futures");
    String main = body.mainText();
    assertThat(main).startsWith("PICNIC, Europe’s leading event");
    assertThat(main).doesNotContain("###").doesNotContain("kitty@picnicnetwork.org");
    assertThat(body.text()).contains("kitty@picnicnetwork.org");
  }

  private static List<Image> images(List<Block> blocks, List<Image> out) {
    for (Block b : blocks) {
      if (b instanceof Image) {
        out.add((Image) b);
      } else if (b instanceof ListBlock) {
        for (ListItem item : ((ListBlock) b).items()) {
          images(item.blocks(), out);
        }
      } else if (b instanceof Quote) {
        images(((Quote) b).blocks(), out);
      } else if (b instanceof Table) {
        for (List<TableCell> row : ((Table) b).rows()) {
          for (TableCell cell : row) {
            images(cell.blocks(), out);
          }
        }
      }
    }
    return out;
  }
}

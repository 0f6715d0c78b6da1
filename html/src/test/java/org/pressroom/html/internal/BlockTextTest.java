package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyParser;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LinkKind;
import org.pressroom.html.Paragraph;

/**
 * The block text the parser uses while building (contact rules, heading inference, datelines) is
 * the text the finished block gives: the text {@link InlineBuilder#tookText()} gives when it knows
 * it (the inlines' texts as they are), else the collapsed text.
 */
class BlockTextTest {

  /** Runs the builder and keeps what each take gave, with the builder's verdict. */
  private static final class Recorder {
    final List<List<Inline>> contents = new ArrayList<>();
    final List<@Nullable String> known = new ArrayList<>();
    final InlineBuilder builder = new InlineBuilder(this::take);

    void take() {
      contents.add(builder.take());
      known.add(builder.tookText());
    }

    /** {@return the inlines' texts concatenated, of the last take} */
    String raw() {
      StringBuilder sb = new StringBuilder();
      for (Inline inline : contents.get(contents.size() - 1)) {
        sb.append(inline.text());
      }
      return sb.toString();
    }

    /** {@return whether the last take came with its text, which must then be the raw text} */
    boolean verdict() {
      String text = known.get(known.size() - 1);
      if (text != null) {
        assertThat(text).isEqualTo(raw());
      }
      return text != null;
    }
  }

  private static final InlineImage IMAGE = new InlineImage("https://example.org/a.png", "");

  private static InlineBuilder.OpenLink link() {
    return new InlineBuilder.OpenLink("https://example.org", LinkKind.WEB, null, null, 0);
  }

  @Test
  void wordsAndLoneSpacesReadCollapsed() {
    Recorder r = new Recorder();
    r.builder.text("  Jane\u00A0 Doe ", 0);
    r.builder.text("of ", Marks.BOLD);
    r.builder.text("\nACME", 0);
    r.take();
    assertThat(r.raw()).isEqualTo("Jane Doe of ACME");
    assertThat(r.verdict()).isTrue();
  }

  @Test
  void aSingleLineBreakBetweenWordsReadsCollapsed() {
    Recorder r = new Recorder();
    r.builder.text("a", 0);
    r.builder.lineBreak();
    r.builder.text(" b", 0);
    r.take();
    assertThat(r.raw()).isEqualTo("a\nb");
    assertThat(r.verdict()).isTrue();
  }

  @Test
  void anImageBetweenSpacesLeavesTwoSpaces() {
    Recorder r = new Recorder();
    r.builder.text("word ", 0);
    r.builder.image(IMAGE);
    r.builder.text(" more", 0);
    r.take();
    assertThat(r.raw()).isEqualTo("word  more");
    assertThat(r.verdict()).isFalse();
  }

  @Test
  void anImageFirstLeavesALeadingSpace() {
    Recorder r = new Recorder();
    r.builder.image(IMAGE);
    r.builder.text("x", 0);
    r.take();
    assertThat(r.raw()).isEqualTo(" x");
    assertThat(r.verdict()).isFalse();
  }

  @Test
  void theSpaceBeforeALinkThatOpensWithABreakStaysBeforeTheBreak() {
    Recorder r = new Recorder();
    r.builder.text("a ", 0);
    r.builder.openLink(link());
    r.builder.lineBreak();
    r.builder.text("x", 0);
    r.builder.closeLink();
    r.take();
    assertThat(r.raw()).isEqualTo("a \nx");
    assertThat(r.verdict()).isFalse();
  }

  @Test
  void theSpaceBeforeAnEmptyLinkAtTheEndTrails() {
    Recorder r = new Recorder();
    r.builder.text("a ", 0);
    r.builder.openLink(link());
    r.builder.closeLink();
    r.take();
    assertThat(r.raw()).isEqualTo("a ");
    assertThat(r.verdict()).isFalse();
  }

  /**
   * One text reads as the model collapses it, with its line breaks as spaces (only {@code <br>}
   * breaks a line) and its soft hyphens dropped: random texts of printable ASCII, other visible
   * characters, and every kind of space.
   */
  @Test
  void aTextReadsAsTheModelCollapsesIt() {
    char[] alphabet = {
      'a', 'Z', '.', '~', ' ', ' ', '\n', '\t', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u3000',
      '\u00AD', '\u00E9', '\u4E2D', '\u0085', '\u007F', '\u0001'
    };
    Random random = new Random(8062026L);
    for (int round = 0; round < 20_000; round++) {
      char[] chars = new char[random.nextInt(16)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(chars);
      Recorder r = new Recorder();
      r.builder.text(text, 0);
      r.take();
      String expected = Spaces.collapse(text.replace('\n', ' ').replace("\u00AD", ""));
      assertThat(r.raw()).as("%s", text.chars().boxed().toList()).isEqualTo(expected);
      assertThat(r.verdict()).isTrue();
    }
  }

  /**
   * Random sequences of what the walker asks of the builder: whenever the builder says its content
   * reads collapsed, collapsing changes nothing. Both verdicts must occur, or the check says
   * nothing.
   */
  @Test
  void saysCollapsedOnlyWhenCollapsingChangesNothing() {
    String[] pieces = {"a", "bc d", " ", "\n", "\u00A0", "\u00AD", " x ", "y\t", "", "\u2003z"};
    Random random = new Random(20260608L);
    int collapsed = 0;
    int not = 0;
    for (int round = 0; round < 20_000; round++) {
      Recorder r = new Recorder();
      int open = 0;
      int steps = 1 + random.nextInt(12);
      for (int step = 0; step < steps; step++) {
        switch (random.nextInt(7)) {
          case 0:
          case 1:
          case 2:
            r.builder.text(pieces[random.nextInt(pieces.length)], random.nextInt(3));
            break;
          case 3:
            r.builder.lineBreak();
            break;
          case 4:
            r.builder.image(IMAGE);
            break;
          case 5:
            r.builder.openLink(link());
            open++;
            break;
          default:
            if (open > 0) {
              r.builder.closeLink();
              open--;
            }
            break;
        }
      }
      r.take();
      for (int k = 0; k < r.contents.size(); k++) {
        List<Inline> content = r.contents.get(k);
        StringBuilder raw = new StringBuilder();
        for (Inline inline : content) {
          raw.append(inline.text());
        }
        String blockText = new Paragraph(content).text();
        String known = r.known.get(k);
        if (known != null) {
          assertThat(known).as("round %d, take %d", round, k).isEqualTo(raw.toString());
          assertThat(blockText).as("round %d, take %d", round, k).isEqualTo(raw.toString());
          collapsed++;
        } else {
          not++;
        }
      }
    }
    assertThat(collapsed).isPositive();
    assertThat(not).isPositive();
  }

  /**
   * The sink checks with an {@code assert} that each text it computes while flushing is the block's
   * {@code text()}; the documents below run those checks only when assertions are on.
   */
  @Test
  void assertionsAreOnForTheSink() {
    assertThat(BlockSink.class.desiredAssertionStatus()).isTrue();
  }

  static Stream<Named<Path>> documents() {
    return Stream.concat(files("/fixtures"), files("/corpus-sample"));
  }

  private static Stream<Named<Path>> files(String folder) {
    URL url =
        Objects.requireNonNull(
            BlockTextTest.class.getResource(folder), folder + " on the test class path");
    try (Stream<Path> s = Files.list(Paths.get(url.toURI()))) {
      return s
          .filter(p -> p.getFileName().toString().endsWith(".html"))
          .sorted()
          .map(p -> Named.of(folder + "/" + p.getFileName(), p))
          .collect(Collectors.toList())
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every fixture and corpus sample parses with the sink's text checks on: a text that differs from
   * the block's own throws an {@link AssertionError}, which the parser does not catch. A parser
   * failure it does catch shows as an issue, so none may say the body could not be modelled.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void textsUsedWhileBuildingAreTheBlocksTexts(Path file) throws IOException {
    String html = Files.readString(file, StandardCharsets.UTF_8);
    Body body = BodyParser.create().parse(html);
    assertThat(body.issues())
        .extracting(BodyIssue::message)
        .noneMatch(m -> m.startsWith("body could not be modelled"));
  }
}

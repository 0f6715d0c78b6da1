package org.pressroom.export;

import java.util.Objects;
import org.pressroom.Release;
import org.pressroom.export.internal.JsonLdWriter;
import org.pressroom.export.internal.NinjsWriter;
import org.pressroom.export.internal.PrezlyWriter;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;

/**
 * Writes a release with its body in the forms other tools speak: IPTC ninjs 3.1, schema.org {@code
 * NewsArticle} JSON-LD and the Prezly content format.
 *
 * <ul>
 *   <li><b>ninjs 3.1</b>: {@code uri} the release URL; {@code type} {@code text}; {@code
 *       representationType} {@code full}; {@code language} the culture as a BCP 47 tag ({@code
 *       nl_BE} as {@code nl-BE}); {@code headlines} the title (role {@code main}) and the subtitle
 *       (role {@code sub}); {@code slugline} the slug; {@code firstCreated} the publication time
 *       (the modification time when there is none) and {@code versionCreated} the modification
 *       time, in the zone of the options; {@code pubStatus} {@code usable} when published, else
 *       {@code withheld}; {@code bodies} the body as clean HTML ({@code text/html}) and as plain
 *       text ({@code text/plain}); {@code located} the dateline's location; {@code by} the author;
 *       {@code genres} Press Release; {@code people} the release's contacts and the body's other
 *       contacts, with {@code contactInfo}; {@code associations} the main visual and the header
 *       image as pictures with their renditions.
 *   <li><b>JSON-LD</b>: {@code @type} NewsArticle with {@code headline}, {@code
 *       alternativeHeadline}, {@code url}, {@code mainEntityOfPage}, {@code datePublished} and
 *       {@code dateModified} (ISO 8601 with the zone's offset), {@code inLanguage}, {@code image},
 *       {@code author}, {@code dateline} (the dateline's text), {@code articleBody} (plain text),
 *       {@code wordCount} and {@code genre}. {@code <}, {@code >} and {@code &} are written as
 *       {@code \}{@code u} escapes, so no {@code </script>} can end the element early.
 *   <li><b>Prezly content format</b>: a {@code document} whose children map the body's blocks node
 *       for node (paragraph, heading-one for level 1 and heading-two for the other levels,
 *       bulleted-list or numbered-list of list-item and list-item-text, block-quote, divider,
 *       image-block for an image on Prezly's or Uploadcare's CDN with the file's uuid and name from
 *       its URL, an html node for any other image and for preformatted text, contact, embed, table
 *       of table-row and table-cell), with the marks bold, italic, underlined, subscript and
 *       superscript. A contact read from text or from a microformat is that text as a paragraph
 *       followed by the contact node read from it, so no word of the body is lost. Node uuids
 *       derive from the release URL, the node's place and its content: the same release always
 *       gives the same document.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Release release = ReleaseReader.strict().read(Path.of("release.json"));
 * ReleaseExporter exporter = ReleaseExporter.create(ExportOptions.defaults());
 * String ninjs = exporter.ninjs(release);
 * String jsonLd = exporter.jsonLd(release);
 * String prezly = exporter.prezly(release);
 * }</pre>
 */
public final class ReleaseExporter {
  private static final ReleaseExporter DEFAULTS = new ReleaseExporter(ExportOptions.defaults());

  private final ExportOptions options;

  private ReleaseExporter(ExportOptions options) {
    this.options = options;
  }

  /**
   * {@return an exporter with {@link ExportOptions#defaults()}: timestamps in UTC}
   *
   * <pre>{@code
   * String ninjs = ReleaseExporter.create().ninjs(release);
   * }</pre>
   */
  public static ReleaseExporter create() {
    return DEFAULTS;
  }

  /**
   * {@return an exporter with these options}
   *
   * <pre>{@code
   * ReleaseExporter brussels =
   *     ReleaseExporter.create(ExportOptions.defaults().withZone(ZoneId.of("Europe/Brussels")));
   * }</pre>
   *
   * @param options the options
   * @throws NullPointerException if {@code options} is null
   */
  public static ReleaseExporter create(ExportOptions options) {
    return new ReleaseExporter(Objects.requireNonNull(options, "options"));
  }

  /** {@return this exporter's options} */
  public ExportOptions options() {
    return options;
  }

  /**
   * {@return a release and its body in one of the forms}
   *
   * <pre>{@code
   * String json = ReleaseExporter.create().write(ExportFormat.JSON_LD, release, body);
   * }</pre>
   *
   * @param format the form
   * @param release the release
   * @param body the release's body, as {@link BodyParser} gives it
   * @throws NullPointerException if an argument is null
   */
  public String write(ExportFormat format, Release release, Body body) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(body, "body");
    return switch (format) {
      case NINJS -> NinjsWriter.write(release, body, options.zone());
      case JSON_LD -> JsonLdWriter.write(release, body, options.zone());
      case PREZLY -> PrezlyWriter.write(release, body);
    };
  }

  /**
   * {@return the release as an IPTC ninjs 3.1 news item, its body parsed with {@link
   * BodyParser#create()}}
   *
   * <pre>{@code
   * String ninjs = ReleaseExporter.create().ninjs(release);
   * }</pre>
   *
   * @param release the release
   * @throws NullPointerException if {@code release} is null
   */
  public String ninjs(Release release) {
    return write(ExportFormat.NINJS, release, BodyParser.create().parse(release));
  }

  /**
   * {@return the release as a schema.org {@code NewsArticle} in JSON-LD, safe inside a {@code
   * <script>} element, its body parsed with {@link BodyParser#create()}}
   *
   * <pre>{@code
   * String script = "<script type=\"application/ld+json\">" + exporter.jsonLd(release) + "</script>";
   * }</pre>
   *
   * @param release the release
   * @throws NullPointerException if {@code release} is null
   */
  public String jsonLd(Release release) {
    return write(ExportFormat.JSON_LD, release, BodyParser.create().parse(release));
  }

  /**
   * {@return the release's body as a Prezly content format document, parsed with {@link
   * BodyParser#create()}}
   *
   * <pre>{@code
   * String document = ReleaseExporter.create().prezly(release);
   * }</pre>
   *
   * @param release the release
   * @throws NullPointerException if {@code release} is null
   */
  public String prezly(Release release) {
    return write(ExportFormat.PREZLY, release, BodyParser.create().parse(release));
  }
}

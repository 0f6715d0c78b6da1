package org.pressroom.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;

/**
 * A release as an IPTC ninjs 3.1 news item: {@code uri} the release URL, {@code type} text, the
 * title as the main headline and the subtitle as the sub headline, the slug as slugline, the
 * timestamps in the caller's zone, the body as clean HTML and as plain text, the dateline's
 * location as {@code located}, the author as {@code by}, the contacts as {@code people}, the main
 * visual and the header image as picture associations with their renditions.
 */
public final class NinjsWriter {
  /** The schema this writer's output meets. */
  public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

  /** IPTC's genre code for a press release. */
  static final String PRESS_RELEASE_GENRE = "http://cv.iptc.org/newscodes/genre/PressRelease";

  private NinjsWriter() {}

  /** {@return the ninjs 3.1 JSON of a release and its body, timestamps read in {@code zone}} */
  public static String write(Release release, Body body, ZoneId zone) {
    return Json.write(false, g -> item(g, release, body, zone));
  }

  private static void item(JsonGenerator g, Release r, Body body, ZoneId zone) throws IOException {
    g.writeStartObject();
    g.writeStringField("uri", r.url().toString());
    g.writeStringField("type", "text");
    g.writeStringField("representationType", "full");
    g.writeObjectFieldStart("standard");
    g.writeStringField("name", "ninjs");
    g.writeStringField("version", "3.1");
    g.writeStringField("schema", SCHEMA);
    g.writeEndObject();
    LocalDateTime published = r.publishedAt();
    g.writeStringField(
        "firstCreated", Texts.instant(published != null ? published : r.modifiedAt(), zone));
    g.writeStringField("versionCreated", Texts.instant(r.modifiedAt(), zone));
    g.writeStringField("pubStatus", published != null ? "usable" : "withheld");
    g.writeStringField("language", Texts.languageTag(r.culture()));
    g.writeArrayFieldStart("headlines");
    headline(g, "main", r.title());
    String subtitle = r.subtitle();
    if (subtitle != null && !subtitle.isBlank()) {
      headline(g, "sub", subtitle);
    }
    g.writeEndArray();
    Json.optional(g, "slugline", r.slug());
    Json.optional(g, "by", Texts.name(r.author()));
    Dateline dateline = body.dateline();
    if (dateline != null) {
      Json.optional(g, "located", dateline.location());
    }
    g.writeArrayFieldStart("genres");
    g.writeStartObject();
    g.writeStringField("name", "Press Release");
    g.writeStringField("uri", PRESS_RELEASE_GENRE);
    g.writeEndObject();
    g.writeEndArray();

    String text = BodyRenderer.text().render(body);
    g.writeArrayFieldStart("bodies");
    g.writeStartObject();
    g.writeStringField("role", "main");
    g.writeStringField("contentType", "text/html");
    g.writeStringField("value", BodyRenderer.html().render(body));
    g.writeNumberField("wordCount", body.wordCount());
    g.writeEndObject();
    g.writeStartObject();
    g.writeStringField("role", "main");
    g.writeStringField("contentType", "text/plain");
    g.writeStringField("value", text);
    g.writeNumberField("charCount", text.length());
    g.writeNumberField("wordCount", body.wordCount());
    g.writeEndObject();
    g.writeEndArray();

    List<Contact> people = people(r, body);
    if (!people.isEmpty()) {
      g.writeArrayFieldStart("people");
      for (Contact c : people) {
        person(g, c);
      }
      g.writeEndArray();
    }

    MainVisual visual = r.mainVisual();
    HeaderImage header = r.header();
    if (visual != null || header != null) {
      g.writeArrayFieldStart("associations");
      if (visual != null) {
        picture(
            g,
            "mainvisual",
            visual.original(),
            List.of("thumbnail", "large", "original"),
            List.of(visual.thumbnail(), visual.large(), visual.original()));
      }
      if (header != null) {
        picture(
            g,
            "header",
            header.release(),
            List.of("large", "release"),
            List.of(header.large(), header.release()));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void headline(JsonGenerator g, String role, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("role", role);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  /** The release's contacts, then the body's contact blocks that are none of them. */
  static List<Contact> people(Release r, Body body) {
    List<Contact> out = new ArrayList<>(r.contacts());
    for (ContactBlock block : body.contacts()) {
      if (!out.contains(block.contact())) {
        out.add(block.contact());
      }
    }
    return out;
  }

  private static void person(JsonGenerator g, Contact c) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    g.writeStringField("rel", "contact");
    g.writeArrayFieldStart("contactInfo");
    info(g, "organisation", c.company());
    info(g, "role", c.description());
    info(g, "email", c.email());
    info(g, "phone", c.telephone());
    info(g, "mobile", c.mobile());
    info(g, "web", c.website());
    info(g, "twitter", c.twitter());
    info(g, "facebook", c.facebook());
    String address = c.address();
    if (address != null && !address.isBlank()) {
      g.writeStartObject();
      g.writeStringField("type", "address");
      g.writeObjectFieldStart("address");
      g.writeArrayFieldStart("lines");
      for (String line : address.split("\\R")) {
        if (!line.isBlank()) {
          g.writeString(line.strip());
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void info(JsonGenerator g, String type, @Nullable String value)
      throws IOException {
    if (value != null && !value.isBlank()) {
      g.writeStartObject();
      g.writeStringField("type", type);
      g.writeStringField("value", value);
      g.writeEndObject();
    }
  }

  private static void picture(
      JsonGenerator g, String name, URI uri, List<String> renditionNames, List<URI> hrefs)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("uri", uri.toString());
    g.writeStringField("type", "picture");
    g.writeArrayFieldStart("renditions");
    for (int i = 0; i < hrefs.size(); i++) {
      g.writeStartObject();
      g.writeStringField("name", renditionNames.get(i));
      g.writeStringField("href", hrefs.get(i).toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

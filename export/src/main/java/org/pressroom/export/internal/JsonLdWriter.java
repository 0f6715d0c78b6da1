package org.pressroom.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.Dateline;

/**
 * A release as a schema.org {@code NewsArticle} in JSON-LD, escaped so that it can stand inside a
 * {@code <script type="application/ld+json">} element.
 */
public final class JsonLdWriter {
  private JsonLdWriter() {}

  /** {@return the JSON-LD of a release and its body, timestamps read in {@code zone}} */
  public static String write(Release release, Body body, ZoneId zone) {
    return Json.write(true, g -> article(g, release, body, zone));
  }

  private static void article(JsonGenerator g, Release r, Body body, ZoneId zone)
      throws IOException {
    String url = r.url().toString();
    g.writeStartObject();
    g.writeStringField("@context", "https://schema.org");
    g.writeStringField("@type", "NewsArticle");
    g.writeStringField("headline", r.title());
    Json.optional(g, "alternativeHeadline", r.subtitle());
    g.writeStringField("url", url);
    g.writeObjectFieldStart("mainEntityOfPage");
    g.writeStringField("@type", "WebPage");
    g.writeStringField("@id", url);
    g.writeEndObject();
    LocalDateTime published = r.publishedAt();
    if (published != null) {
      g.writeStringField("datePublished", Texts.instant(published, zone));
    }
    g.writeStringField("dateModified", Texts.instant(r.modifiedAt(), zone));
    g.writeStringField("inLanguage", Texts.languageTag(r.culture()));
    Set<String> images = new LinkedHashSet<>();
    MainVisual visual = r.mainVisual();
    if (visual != null) {
      for (URI u : new URI[] {visual.original(), visual.large(), visual.thumbnail()}) {
        images.add(u.toString());
      }
    }
    HeaderImage header = r.header();
    if (header != null) {
      images.add(header.release().toString());
      images.add(header.large().toString());
    }
    if (!images.isEmpty()) {
      g.writeArrayFieldStart("image");
      for (String image : images) {
        g.writeString(image);
      }
      g.writeEndArray();
    }
    String author = Texts.name(r.author());
    if (author != null) {
      g.writeObjectFieldStart("author");
      g.writeStringField("@type", "Person");
      g.writeStringField("name", author);
      g.writeEndObject();
    }
    Dateline dateline = body.dateline();
    if (dateline != null) {
      Json.optional(g, "dateline", dateline.text());
    }
    g.writeStringField("articleBody", BodyRenderer.text().render(body));
    g.writeNumberField("wordCount", body.wordCount());
    g.writeStringField("genre", "Press Release");
    g.writeEndObject();
  }
}

package org.pressroom.export;

/** The forms {@link ReleaseExporter} writes. */
public enum ExportFormat {
  /** IPTC ninjs 3.1 ("News in JSON"), a news item valid against IPTC's JSON Schema. */
  NINJS,
  /**
   * A schema.org {@code NewsArticle} as JSON-LD, escaped to stand inside a {@code <script
   * type="application/ld+json">} element.
   */
  JSON_LD,
  /** A Prezly content format document of the release's body. */
  PREZLY
}

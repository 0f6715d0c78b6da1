/**
 * A release with its body as IPTC ninjs 3.1, schema.org {@code NewsArticle} JSON-LD and Prezly
 * content format JSON: {@link org.pressroom.export.ReleaseExporter}, configured by {@link
 * org.pressroom.export.ExportOptions}.
 */
@NullMarked
package org.pressroom.export;

import org.jspecify.annotations.NullMarked;

/**
 * The press release model. Start with {@link org.pressroom.Release}: one release, an immutable
 * record, made by the reader in {@link org.pressroom.json} or in code with {@link
 * org.pressroom.Release#builder()}. The other records are its parts: {@link org.pressroom.Contact},
 * {@link org.pressroom.MainVisual}, {@link org.pressroom.HeaderImage}, {@link org.pressroom.Author}
 * and {@link org.pressroom.Culture}.
 *
 * <p>Every record checks its components on construction, so a {@link org.pressroom.Release} that
 * exists is one that the canonical writer can write and the strict reader would accept.
 *
 * <pre>{@code
 * Release release = Release.builder()
 *     .title("Pressroom 1.0 is out")
 *     .modifiedAt(LocalDateTime.now())
 *     .url(URI.create("https://press.example.com/pressroom-1-0"))
 *     .culture(Culture.of("en"))
 *     .language("EN")
 *     .slug("pressroom-1-0")
 *     .body("<p>Hello.</p>")
 *     .build();
 * }</pre>
 */
@NullMarked
package org.pressroom;

import org.jspecify.annotations.NullMarked;

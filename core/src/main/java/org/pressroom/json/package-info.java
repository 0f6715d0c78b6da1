/**
 * Reading and writing releases as JSON. The entry points are {@link
 * org.pressroom.json.ReleaseReader} ({@code ReleaseReader.strict()}, or {@code create(ReadOptions)}
 * with other limits or unknown-key handling) and {@link org.pressroom.json.ReleaseWriter} ({@code
 * ReleaseWriter.canonical()}); the rest are their options ({@link org.pressroom.json.ReadOptions},
 * {@link org.pressroom.json.UnknownKeys}, {@link org.pressroom.json.CollectionFormat}) and the
 * errors a read can end in ({@link org.pressroom.json.ReadException} and its subclasses).
 *
 * <pre>{@code
 * try {
 *   Release release = ReleaseReader.strict().read(Path.of("some.release.json"));
 *   String json = ReleaseWriter.canonical().write(release);
 * } catch (ReadException e) {
 *   System.err.println(e.getMessage());   // "line 5, column 12, at /url: ..."
 * }
 * }</pre>
 */
@NullMarked
package org.pressroom.json;

import org.jspecify.annotations.NullMarked;

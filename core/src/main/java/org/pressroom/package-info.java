/**
 * The press release model: immutable records for a release, its contacts, visuals and author.
 *
 * <p>Every record checks its components on construction, so a {@link org.pressroom.Release} that
 * exists is one that the canonical writer can write and the strict reader would accept.
 */
@NullMarked
package org.pressroom;

import org.jspecify.annotations.NullMarked;

/**
 * The strict JSON reader ({@link org.pressroom.json.ReleaseReader}), the canonical writer ({@link
 * org.pressroom.json.ReleaseWriter}) and the errors a read can end in.
 */
@NullMarked
package org.pressroom.json;

import org.jspecify.annotations.NullMarked;

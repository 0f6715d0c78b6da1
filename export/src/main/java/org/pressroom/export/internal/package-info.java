/** The writers behind {@link org.pressroom.export.ReleaseExporter}; not API. */
@NullMarked
package org.pressroom.export.internal;

import org.jspecify.annotations.NullMarked;

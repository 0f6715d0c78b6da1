/** Implementation of the body parser and renderers; not exported, not API. */
@NullMarked
package org.pressroom.html.internal;

import org.jspecify.annotations.NullMarked;

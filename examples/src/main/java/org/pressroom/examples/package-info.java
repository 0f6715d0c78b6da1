/** Example programs to copy from: read, build and stream releases. */
@NullMarked
package org.pressroom.examples;

import org.jspecify.annotations.NullMarked;

/** The {@code pressroom} command-line tool: validate, format, inspect and convert releases. */
@NullMarked
package org.pressroom.examples.cli;

import org.jspecify.annotations.NullMarked;

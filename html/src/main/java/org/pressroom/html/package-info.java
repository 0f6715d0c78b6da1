/** The body model of a release: blocks and inlines parsed from its HTML, and their renderers. */
@NullMarked
package org.pressroom.html;

import org.jspecify.annotations.NullMarked;

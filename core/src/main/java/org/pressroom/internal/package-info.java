/** Implementation details of Pressroom core; not exported, not API. */
@NullMarked
package org.pressroom.internal;

import org.jspecify.annotations.NullMarked;

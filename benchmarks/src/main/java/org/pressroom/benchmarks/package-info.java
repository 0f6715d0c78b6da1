/** JMH benchmarks of Pressroom against the baseline a user would otherwise write. Not published. */
package org.pressroom.benchmarks;

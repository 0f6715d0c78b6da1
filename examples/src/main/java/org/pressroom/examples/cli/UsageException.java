package org.pressroom.examples.cli;

/**
 * A command line the tool cannot make sense of; the tool prints the message and the usage, and
 * exits with 2.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}

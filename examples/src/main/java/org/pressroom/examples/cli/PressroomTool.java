package org.pressroom.examples.cli;

/** The {@code pressroom} command-line tool. STUB. */
public final class PressroomTool {
  private PressroomTool() {}

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(2);
  }
}

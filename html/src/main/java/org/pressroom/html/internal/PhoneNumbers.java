package org.pressroom.html.internal;

/**
 * Phone numbers in contact text: a run of at least eight digits with spaces, dots, dashes, slashes
 * and brackets ({@code +32 (0)2 123 45 67}), not a date or a span of years. A hand-written scanner.
 */
final class PhoneNumbers {
  private PhoneNumbers() {}

  /** {@return where the first phone number (at least 8 digits) starts, or -1} */
  static int start(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean opener =
          c == '+'
              || Character.isDigit(c)
              || (c == '('
                  && i + 1 < s.length()
                  && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '+'));
      boolean wordStart =
          i == 0
              || !(Character.isLetterOrDigit(s.charAt(i - 1))
                  || s.charAt(i - 1) == '@'
                  || s.charAt(i - 1) == '.'
                  || s.charAt(i - 1) == '_');
      if (opener && wordStart) {
        int end = end(s, i);
        int digits = 0;
        for (int k = i; k < end; k++) {
          if (Character.isDigit(s.charAt(k))) {
            digits++;
          }
        }
        boolean partOfWord =
            end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '@');
        if (digits >= 8
            && digits <= 16
            && !partOfWord
            && !looksLikeDate(s, i, end)
            && !looksLikeYears(s, i, end)) {
          return i;
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * {@code 2005-2015}, {@code ©2005 2015}: years (two groups of four digits from 1900 to 2099, or a
   * number after a copyright sign), not a phone number.
   */
  private static boolean looksLikeYears(String s, int start, int end) {
    if (start > 0 && s.charAt(start - 1) == '\u00A9') {
      return true;
    }
    int a = 0;
    int b = 0;
    int digits = 0; // ASCII digits only: other digits make no year
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        if (digits < 4) {
          a = a * 10 + (c - '0');
        } else if (digits < 8) {
          b = b * 10 + (c - '0');
        }
        digits++;
      }
    }
    if (digits != 8) {
      return false;
    }
    return a >= 1900 && a <= 2099 && b >= 1900 && b <= 2099 && b >= a;
  }

  /**
   * {@code 25.01.2022}, {@code 1/2/2026}, {@code 2026-01-25} (day, month, year groups) are dates,
   * not phones.
   */
  private static boolean looksLikeDate(String s, int start, int end) {
    int[] groups = new int[3];
    int count = 0;
    int run = 0;
    for (int k = start; k <= end; k++) {
      char c = k < end ? s.charAt(k) : '.';
      if (Character.isDigit(c)) {
        run++;
      } else if ((c == '.' || c == '/' || c == '-') && run > 0 && count < 3) {
        groups[count++] = run;
        run = 0;
      } else {
        return false;
      }
    }
    return count == 3
        && ((groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4)
            || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2));
  }

  /** {@return where the phone number that starts at {@code start} ends} */
  static int end(String s, int start) {
    int end = start + 1;
    while (end < s.length()) {
      char c = s.charAt(end);
      boolean plusAfterOpener = c == '+' && end == start + 1 && s.charAt(start) == '(';
      if (Character.isDigit(c)
          || c == ' '
          || c == '\u00A0'
          || c == '-'
          || c == '.'
          || c == '/'
          || c == '('
          || c == ')'
          || plusAfterOpener
          || (c == '\u2013'
              && Character.isDigit(s.charAt(end - 1))
              && end + 1 < s.length()
              && Character.isDigit(s.charAt(end + 1)))) {
        end++;
      } else {
        break;
      }
    }
    while (end > start && !Character.isDigit(s.charAt(end - 1)) && s.charAt(end - 1) != ')') {
      end--;
    }
    return splitTwoNumbers(s, start, end);
  }

  /**
   * {@return the end of the first of two numbers written as one run ({@code +32 2 123 45 67 / +32
   * 475 12 34 56}): at the first slash after eight digits, when the run has more than 16 digits}
   */
  private static int splitTwoNumbers(String s, int start, int end) {
    int digits = 0;
    for (int k = start; k < end; k++) {
      if (Character.isDigit(s.charAt(k))) {
        digits++;
      }
    }
    if (digits <= 16) {
      return end;
    }
    int seen = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (Character.isDigit(c)) {
        seen++;
      } else if (c == '/' && seen >= 8) {
        int cut = k;
        while (cut > start && !Character.isDigit(s.charAt(cut - 1)) && s.charAt(cut - 1) != ')') {
          cut--;
        }
        return cut;
      }
    }
    return end;
  }
}

package dev.parley.examples.report;

/** Escaping for text and attribute values in HTML. */
final class Html {
  private Html() {}

  /** Escapes text for use between tags and in quoted attribute values. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Turns any string into a fragment of an id: letters, digits, '-' and '_' only. */
  static String slug(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
        out.append(c);
      } else {
        out.append('_').append(Integer.toHexString(c));
      }
    }
    return out.toString();
  }
}

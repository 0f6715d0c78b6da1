/**
 * Pressroom export: a release and its body in the forms other tools speak: IPTC ninjs 3.1,
 * schema.org {@code NewsArticle} JSON-LD and Prezly's content format.
 */
module org.pressroom.export {
  requires transitive org.pressroom.html;
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.core;

  exports org.pressroom.export;
}

/** Pressroom HTML: the typed body model of a release, its parser and its renderers. */
module org.pressroom.html {
  requires transitive org.pressroom.core;
  requires static transitive org.jspecify;
  requires org.jsoup;
  requires com.fasterxml.jackson.core;

  exports org.pressroom.html;
}

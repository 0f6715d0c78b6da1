package org.pressroom.html.internal;

import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;

/**
 * The ways to reach one contact, gathered while its card or its lines are read: email address,
 * telephone, mobile and website, each the first one found. A contact needs an email address or a
 * phone number ({@link #reachable}).
 */
final class ContactDetails {
  private @Nullable String email;
  private @Nullable String telephone;
  private @Nullable String mobile;
  private @Nullable String website;

  /** Keeps the address unless one was found before; null is none. */
  void email(@Nullable String address) {
    if (email == null) {
      email = address;
    }
  }

  /** Keeps the number as the mobile or the telephone, unless that one was found before. */
  void phone(String number, boolean isMobile) {
    if (isMobile) {
      mobile = mobile == null ? number : mobile;
    } else {
      telephone = telephone == null ? number : telephone;
    }
  }

  /** Keeps the web address unless one was found before; null is none. */
  void website(@Nullable String href) {
    if (website == null) {
      website = href;
    }
  }

  boolean hasEmail() {
    return email != null;
  }

  boolean hasTelephone() {
    return telephone != null;
  }

  /** {@return whether an email address or a phone number was found} */
  boolean reachable() {
    return email != null || telephone != null || mobile != null;
  }

  /** {@return a builder of the contact of this name with these details} */
  Contact.Builder contact(String name) {
    return Contact.builder(name).email(email).telephone(telephone).mobile(mobile).website(website);
  }
}

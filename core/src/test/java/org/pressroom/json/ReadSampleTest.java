package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.Release;

class ReadSampleTest {
  static final Path SAMPLE = Path.of("src/test/resources/valid/sample.json");

  @Test
  void readsTheSampleFieldByField() throws Exception {
    Release r = ReleaseReader.strict().read(SAMPLE);
    assertThat(r.title())
        .isEqualTo("From insight to impact: building tomorrow's immunotherapy together");
    assertThat(r.modifiedAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, 10, 26, 21));
    assertThat(r.publishedAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, 10, 29, 0));
    assertThat(r.url())
        .isEqualTo(
            URI.create(
                "https://press.vub.ac.be/from-insight-to-impact-building-tomorrows-immunotherapy-together"));
    assertThat(r.shortUrl()).isEqualTo(URI.create("http://prez.ly/jzId"));
    assertThat(r.culture().code()).isEqualTo("en");
    assertThat(r.language()).isEqualTo("EN");
    assertThat(r.subtitle())
        .startsWith("VUB and UZ Brussel cancer researchers")
        .endsWith("in guiding white paper");
    assertThat(r.slug())
        .isEqualTo("from-insight-to-impact-building-tomorrows-immunotherapy-together");
    assertThat(r.body())
        .startsWith("<p><strong>BRUSSELS, 8 June 2026</strong> -<strong> </strong>To mark");
    assertThat(r.body()).contains("the patient&#039;s own immune system").endsWith("<p>&nbsp;</p>");
    assertThat(r.mainVisual().thumbnail().toString())
        .endsWith("/-/scale_crop/250x250/center/-/format/auto/");
    assertThat(r.mainVisual().original().toString())
        .isEqualTo(
            "https://cdn.uc.assets.prezly.com/307d2e6e-d2d2-46e4-b31c-8da2094f48c0/-/crop/4741x3738/1994,0/-/preview/");
    assertThat(r.header().large().toString())
        .isEqualTo(
            "https://cdn.uc.assets.prezly.com/5f9a8707-d1c8-43aa-879d-ac8e96b01607/-/preview/1200x1200/-/format/auto/");
    assertThat(r.header().large()).isEqualTo(r.header().release());
    assertThat(r.contacts())
        .containsExactly(
            Contact.builder("Koen Stein")
                .description("Perscontact wetenschap & onderzoek")
                .email("koen.stein@vub.be")
                .website("https://vub.be")
                .mobile("+32 (0)471517909")
                .build());
    assertThat(r.author()).isEqualTo(new Author("Koen", "Stein"));
    assertThat(r.unknownKeys()).isEmpty();
  }

  @Test
  void everyInputKindGivesTheSameRelease() throws Exception {
    byte[] bytes = Files.readAllBytes(SAMPLE);
    String text = new String(bytes, StandardCharsets.UTF_8);
    ReleaseReader reader = ReleaseReader.strict();
    Release fromPath = reader.read(SAMPLE);
    assertThat(reader.read(text)).isEqualTo(fromPath);
    assertThat(reader.read(bytes)).isEqualTo(fromPath);
    assertThat(reader.read(new StringReader(text))).isEqualTo(fromPath);
    assertThat(reader.read(new ByteArrayInputStream(bytes))).isEqualTo(fromPath);
  }

  @Test
  void skipsOneLeadingByteOrderMarkOnByteInput() throws Exception {
    byte[] bytes = Files.readAllBytes(SAMPLE);
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
    assertThat(ReleaseReader.strict().read(withBom)).isEqualTo(ReleaseReader.strict().read(bytes));
  }
}

package org.pressroom.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressroom.Release;
import org.pressroom.json.ReleaseReader;

/** NDJSON slices of every size: each record is read by exactly one slice, with its file index. */
class SliceReaderTest {
  private static final int RECORDS = 6;
  private static final String RELEASE =
      "{\"title\":\"T%d\",\"modified_at\":\"2026-01-01 00:00:00\",\"published_at\":null,"
          + "\"url\":\"https://example.org/%d\",\"short_url\":null,\"culture\":\"en\","
          + "\"language\":\"en\",\"subtitle\":null,\"slug\":\"s\",\"body\":\"\",\"mainvisual\":null,"
          + "\"header\":null,\"contacts\":[],\"author\":null,\"format_version\":5}";

  /** Each case: the line ends between records, cycled; blank lines do not count as records. */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r", "\n\n", "\r\r\n", " \n\t\n", "\r\n\r\n"})
  void everySliceSizeReadsEachRecordOnce(String ends, @TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < RECORDS; i++) {
      text.append(String.format(RELEASE, i, i))
          .append(i == RECORDS - 1 && ends.equals("\n") ? "" : ends);
    }
    Path file = dir.resolve("r.ndjson");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    long size = Files.size(file);
    Configuration conf = new Configuration(false);
    // no checksum files: this test opens the file once per slice, thousands of times
    conf.set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
    conf.setBoolean("fs.file.impl.disable.cache", true);
    ReleaseReader reader = ReleaseReader.strict();

    for (long split : new long[] {1, 2, 3, 7, 100, 299, 300, 301, 1000, size - 1, size}) {
      List<String> seen = new ArrayList<>();
      for (long start = 0; start < size; start += split) {
        FileSlice slice =
            new FileSlice(
                file.toUri().toString(),
                start,
                Math.min(split, size - start),
                ReadSettings.Format.NDJSON,
                false);
        try (SliceReader r = SliceReader.open(slice, conf, reader)) {
          for (Item item = r.next(); item != null; item = r.next()) {
            Release release = item.release();
            assertThat(item.error()).as("split %d at %d", split, start).isNull();
            seen.add(release == null ? "?" : release.title() + "@" + item.record());
          }
        }
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < RECORDS; i++) {
        expected.add("T" + i + "@" + i);
      }
      assertThat(seen).as("split size %d", split).isEqualTo(expected);
    }
  }
}

package org.gongkai.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    record Notice(String title, LocalDate publishedOn, Instant formedAt, Map<String, Object> payload) {
    }

    @Test
    void knownVectorForATinyMap() throws Exception {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("b", 1);
        content.put("a", "公示");
        String expectedJson = "{\"a\":\"公示\",\"b\":1}";
        String expectedDigest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(expectedJson.getBytes(StandardCharsets.UTF_8)));

        assertThat(ContentDigest.canonicalJson(content)).isEqualTo(expectedJson);
        assertThat(ContentDigest.sha256Hex(content)).isEqualTo(expectedDigest).matches("[0-9a-f]{64}");
    }

    @Test
    void keyOrderDoesNotChangeTheDigest() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("village", "大民村");
        first.put("area", 12.5);
        first.put("nested", new LinkedHashMap<>(Map.of("z", 1)));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("nested", new LinkedHashMap<>(Map.of("z", 1)));
        second.put("area", 12.5);
        second.put("village", "大民村");

        assertThat(ContentDigest.sha256Hex(first)).isEqualTo(ContentDigest.sha256Hex(second));
    }

    @Test
    void nestedMapKeysAreSortedToo() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("y", 2);
        inner.put("x", 1);

        assertThat(ContentDigest.canonicalJson(Map.of("outer", inner))).isEqualTo("{\"outer\":{\"x\":1,\"y\":2}}");
    }

    @Test
    void oneChangedCharacterChangesTheDigest() {
        Notice notice = notice("征收土地预公告");
        Notice changed = notice("征收土地预公吿");

        assertThat(ContentDigest.sha256Hex(notice)).isNotEqualTo(ContentDigest.sha256Hex(changed));
    }

    @Test
    void sameContentGivesTheSameDigestEveryTime() {
        assertThat(ContentDigest.sha256Hex(notice("公告"))).isEqualTo(ContentDigest.sha256Hex(notice("公告")));
    }

    @Test
    void recordPropertiesAreSortedDatesAreIsoStringsAndThereIsNoWhitespace() {
        String json = ContentDigest.canonicalJson(notice("公告"));

        assertThat(json).isEqualTo("{\"formedAt\":\"2026-02-10T02:00:00Z\",\"payload\":{\"areaHectares\":3.2,"
                + "\"villages\":[\"大民村\",\"新立村\"]},\"publishedOn\":\"2026-02-12\",\"title\":\"公告\"}");
    }

    private static Notice notice(String title) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("villages", List.of("大民村", "新立村"));
        payload.put("areaHectares", 3.2);
        return new Notice(title, LocalDate.of(2026, 2, 12), Instant.parse("2026-02-10T02:00:00Z"), payload);
    }
}

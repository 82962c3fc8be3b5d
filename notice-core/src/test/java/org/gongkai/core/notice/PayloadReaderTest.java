package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PayloadReaderTest {

    record Lottery(@NotBlank String batch, LocalDate notarizedOn, Integer units, int rounds, List<String> witnesses) {
    }

    final PayloadReader reader = new PayloadReader(JsonMapper.builder().build(),
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void fieldByFieldAMalformedOrMissingFieldIsNullAndTheOthersAreRead() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("batch", "");
        payload.put("notarizedOn", "2026-13-45");
        payload.put("units", 12);
        payload.put("witnesses", List.of("赵六"));

        Lottery read = reader.readFields(notice(payload), Lottery.class);

        assertThat(read).isEqualTo(new Lottery("", null, 12, 0, List.of("赵六")));
        // the whole record does not bind, so the strict read is empty
        assertThat(reader.read(notice(payload), Lottery.class)).isEmpty();
    }

    @Test
    void fieldByFieldValuesAreBoundToTheComponentsTypes() {
        Lottery read = reader.readFields(notice(Map.of("batch", "2026-1", "notarizedOn", "2026-11-02", "units", "3",
                "rounds", 2)), Lottery.class);

        assertThat(read).isEqualTo(new Lottery("2026-1", LocalDate.of(2026, 11, 2), 3, 2, null));
    }

    static Notice notice(Map<String, Object> payload) {
        Actor editor = new Actor("editor", "起草人", "fixture", Set.of(Role.EDITOR), "230202001000");
        return Notice.draft("fixture:1", "fixture", "FIXTURE_NOTICE", new NoticeDraft("FX-01", "标题", "正文", payload,
                "230202001000", "PUBLIC", Disclosure.PROACTIVE, null, LocalDate.of(2026, 11, 1), null, null), editor,
                Instant.parse("2026-11-02T01:00:00Z"));
    }
}

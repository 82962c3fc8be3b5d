package org.gongkai.procurement.notice;

import java.util.Optional;
import org.gongkai.core.notice.Notice;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads a notice's stored payload as its typed record; empty when it does not bind (validation reports why). */
@Component
public class ProcurementPayloadReader {

    private final JsonMapper json;

    public ProcurementPayloadReader(JsonMapper json) {
        this.json = json;
    }

    public <T> Optional<T> read(Notice notice, Class<T> type) {
        try {
            return Optional.ofNullable(json.convertValue(notice.payload(), type));
        } catch (RuntimeException unbound) {
            return Optional.empty();
        }
    }
}

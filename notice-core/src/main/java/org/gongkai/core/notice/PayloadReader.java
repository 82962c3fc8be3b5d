package org.gongkai.core.notice;

import jakarta.validation.Validator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a notice's stored payload as its type's record, for sector rules that go beyond the payload's own
 * constraints. A payload that does not bind or breaks its constraints reads as empty: {@link PayloadValidator}
 * already reports it field by field, so sector rules only ever see complete content.
 */
@Component
public class PayloadReader {

    private final JsonMapper json;
    private final Validator validator;

    public PayloadReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> Optional<T> read(Notice notice, Class<T> payloadType) {
        try {
            T payload = json.convertValue(notice.payload(), payloadType);
            return payload != null && validator.validate(payload).isEmpty() ? Optional.of(payload) : Optional.empty();
        } catch (RuntimeException unbound) {
            return Optional.empty();
        }
    }

    /** As {@link #read(Notice, Class)}, and empty unless the notice is of {@code type}. */
    public <T> Optional<T> read(Notice notice, String type, Class<T> payloadType) {
        return type.equals(notice.type()) ? read(notice, payloadType) : Optional.empty();
    }
}

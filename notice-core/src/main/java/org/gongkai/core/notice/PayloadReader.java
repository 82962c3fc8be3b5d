package org.gongkai.core.notice;

import jakarta.validation.Validator;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
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

    /**
     * The payload as its type's record field by field, without its constraints: a field that is missing or does not
     * bind is null (zero or false for a primitive), every other field as stored. For rules that check one field
     * while {@link PayloadValidator} reports the others (an {@code onSubmit} rule answers alongside it), so that they
     * never read payload keys themselves. {@code payloadType} is a record (a notice type's payload type).
     */
    public <T> T readFields(Notice notice, Class<T> payloadType) {
        if (!payloadType.isRecord()) {
            throw new IllegalArgumentException(payloadType.getName() + " is not a record");
        }
        Map<String, Object> payload = notice.payload() == null ? Map.of() : notice.payload();
        RecordComponent[] components = payloadType.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = field(payload.get(components[i].getName()), components[i]);
        }
        try {
            Constructor<T> canonical = payloadType.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + payloadType.getName() + " from its fields", e);
        }
    }

    private Object field(Object stored, RecordComponent component) {
        Object value = null;
        if (stored != null) {
            try {
                value = json.convertValue(stored, json.getTypeFactory().constructType(component.getGenericType()));
            } catch (RuntimeException unbound) {
                value = null;
            }
        }
        return value == null && component.getType().isPrimitive()
                ? Array.get(Array.newInstance(component.getType(), 1), 0) : value;
    }
}

package org.gongkai.core.notice;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.api.problem.FieldProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a draft before review: the payload binds to its type's record and passes its constraints, every element
 * the catalogue row marks required (●) is filled, and a non-proactive notice gives its reason.
 */
@Component
class PayloadValidator {

    private final JsonMapper json;
    private final Validator validator;

    public PayloadValidator(JsonMapper json, Validator validator) {
        this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.validator = validator;
    }

    public List<FieldProblem> check(Notice notice, NoticeType type, CatalogRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(requiredElements(notice, row));
        problems.addAll(payload(notice.payload(), type));
        if (notice.disclosure() != Disclosure.PROACTIVE
                && (notice.disclosureReason() == null || notice.disclosureReason().isBlank())) {
            problems.add(FieldProblem.of("disclosureReason", notice.disclosure().displayName() + "须说明理由"));
        }
        if (row.mode() == CatalogRow.Mode.PROACTIVE && notice.disclosure() == Disclosure.ON_REQUEST) {
            problems.add(FieldProblem.of("disclosure", "目录规定该事项为主动公开"));
        }
        return problems;
    }

    private static List<FieldProblem> requiredElements(Notice notice, CatalogRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        for (CatalogRow.Element element : row.elements()) {
            if (element.required() && blank(valueOf(notice, element.key()))) {
                problems.add(FieldProblem.of(pathOf(element.key()), "缺少目录要求的公开要素「" + element.name() + "」"));
            }
        }
        return problems;
    }

    private List<FieldProblem> payload(Map<String, Object> payload, NoticeType type) {
        Object bound;
        try {
            bound = json.convertValue(payload, type.payloadType());
        } catch (RuntimeException e) {
            return List.of(FieldProblem.of("payload", "结构化内容不符合「" + type.name() + "」的格式：" + shortReason(e)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(bound).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(FieldProblem.of("payload." + v.getPropertyPath(), v.getMessage())));
        return problems;
    }

    private static Object valueOf(Notice notice, String key) {
        return switch (key) {
            case "title" -> notice.title();
            case "body" -> notice.body();
            case "roster" -> notice.roster();
            case "attachments" -> notice.attachments().isEmpty() ? null : notice.attachments();
            default -> notice.payload().get(key);
        };
    }

    private static String pathOf(String key) {
        return switch (key) {
            case "title", "body", "roster", "attachments" -> key;
            default -> "payload." + key;
        };
    }

    private static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof java.util.Collection<?> c && c.isEmpty());
    }

    private static String shortReason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf('\n');
        return cut > 0 ? message.substring(0, cut) : message;
    }
}

package org.gongkai.core.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.privacy.PrivacyHit;
import org.gongkai.core.privacy.PrivacyScanner;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.roster.RosterRow;
import org.gongkai.core.roster.RosterRows;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The last check before release: every text the public would read (title, body, payload, attachment names and the
 * de-identified roster rows) is scanned; an unmasked ID or mobile number anywhere blocks publication, naming each
 * place.
 */
@Component
class PrivacyGate {

    private final RosterRows rows;

    public PrivacyGate(RosterRows rows) {
        this.rows = rows;
    }

    public Mono<Void> check(Notice notice) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", notice.title());
        fields.put("body", notice.body());
        flatten("payload", notice.payload(), fields);
        for (int i = 0; i < notice.attachments().size(); i++) {
            fields.put("attachments[" + i + "].name", notice.attachments().get(i).name());
        }
        Mono<Map<String, String>> withRoster = notice.roster() == null ? Mono.just(fields)
                : rows.of(notice.roster().uploadId())
                        .doOnNext(row -> addRow(row, fields)).then(Mono.just(fields));
        return withRoster.map(PrivacyScanner::scan).flatMap(PrivacyGate::refuseIfAny);
    }

    private static void addRow(RosterRow row, Map<String, String> fields) {
        row.values().forEach((column, value) -> fields.put("roster[第" + row.line() + "行]." + column, value));
    }

    private static Mono<Void> refuseIfAny(List<PrivacyHit> hits) {
        if (hits.isEmpty()) {
            return Mono.empty();
        }
        List<FieldProblem> places = hits.stream().map(h -> FieldProblem.of(h.path(),
                ("ID_NUMBER".equals(h.kind()) ? "未脱敏的身份证号：" : "未脱敏的手机号：") + h.excerpt())).toList();
        return Mono.error(new ProblemException(ProblemType.PRIVACY_LEAK,
                "发布前保密审查发现" + places.size() + "处未脱敏的个人信息，请处理后再发布", places));
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(path + "." + k, v, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), out);
            }
        } else if (value != null) {
            out.put(path, value.toString());
        }
    }
}

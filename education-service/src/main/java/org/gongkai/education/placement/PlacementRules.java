package org.gongkai.education.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.core.roster.RosterReader;
import org.gongkai.education.notice.EducationNoticeTypes;
import org.gongkai.education.notice.EducationPayloads.ClassDraw;
import org.gongkai.education.notice.EducationPayloads.PlacementResult;
import org.gongkai.education.notice.EducationPayloads.Witness;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.education.notice.PublicationDay;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 阳光分班: each teacher team draws exactly one natural group, no teacher leads two classes, the witnesses are not
 * among the teachers being drawn, the result is published only after the draw, and every student on the posted
 * list is in a class the draw produced.
 */
@Component
class PlacementRules implements NoticeRules {

    static final int MAX_ROW_PROBLEMS = 20;

    /** The one column of a placement list the rules read, with its line. */
    record PlacedStudent(int line, String className) {
    }

    private final PayloadReader payloads;
    private final RosterReader rosters;
    private final Clock clock;

    PlacementRules(PayloadReader payloads, RosterReader rosters, Clock clock) {
        this.payloads = payloads;
        this.rosters = rosters;
        this.clock = clock;
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        return read(notice).map(PlacementRules::drawProblems).orElse(List.of());
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        return read(notice).map(result -> {
            LocalDate day = PublicationDay.of(notice, clock);
            if (result.drawDate().isAfter(day)) {
                return Mono.just(List.of(FieldProblem.of("payload.drawDate",
                        "抽签定于" + result.drawDate() + "进行，抽签之前不能发布分班结果")));
            }
            return rosterProblems(notice, result);
        }).orElse(Mono.just(List.of()));
    }

    private Optional<PlacementResult> read(Notice notice) {
        return payloads.read(notice, EducationNoticeTypes.PLACEMENT_RESULT, PlacementResult.class);
    }

    static List<FieldProblem> drawProblems(PlacementResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> classOfTeacher = new HashMap<>();
        Map<String, String> classOfGroup = new HashMap<>();
        Set<String> classNames = new HashSet<>();
        List<ClassDraw> classes = result.classes();
        for (int i = 0; i < classes.size(); i++) {
            ClassDraw draw = classes.get(i);
            String path = "payload.classes[" + i + "]";
            if (!classNames.add(draw.className())) {
                problems.add(FieldProblem.of(path + ".className", "班级「" + draw.className() + "」重复"));
            }
            String other = classOfTeacher.putIfAbsent(draw.headTeacher(), draw.className());
            if (other != null) {
                problems.add(FieldProblem.of(path + ".headTeacher", "班主任「" + draw.headTeacher() + "」已担任"
                        + other + "班主任，不能同时带两个班"));
            }
            String drewIt = classOfGroup.putIfAbsent(draw.drawnGroup(), draw.className());
            if (drewIt != null) {
                problems.add(FieldProblem.of(path + ".drawnGroup", "学生自然组「" + draw.drawnGroup() + "」已被"
                        + drewIt + "抽中，每个自然组只能对应一个班"));
            }
        }
        Set<String> teachers = new HashSet<>();
        for (ClassDraw draw : classes) {
            teachers.add(draw.headTeacher());
            if (draw.teachers() != null) {
                teachers.addAll(draw.teachers());
            }
        }
        Set<String> witnessNames = new HashSet<>();
        List<Witness> witnesses = result.witnesses();
        for (int i = 0; i < witnesses.size(); i++) {
            Witness witness = witnesses.get(i);
            String path = "payload.witnesses[" + i + "].name";
            if (teachers.contains(witness.name())) {
                problems.add(FieldProblem.of(path, "见证人「" + witness.name() + "」是参与抽签的教师，不能同时担任监督见证人"));
            }
            if (!witnessNames.add(witness.name())) {
                problems.add(FieldProblem.of(path, "见证人「" + witness.name() + "」重复"));
            }
        }
        return problems;
    }

    private Mono<List<FieldProblem>> rosterProblems(Notice notice, PlacementResult result) {
        if (notice.roster() == null) {
            return Mono.just(List.of());
        }
        Set<String> drawn = new HashSet<>();
        result.classes().forEach(c -> drawn.add(c.className()));
        return rosters.rows(notice, PlacedStudent.class)
                .filter(row -> !drawn.contains(row.className() == null ? "" : row.className()))
                .take(MAX_ROW_PROBLEMS)
                .map(PlacementRules::unknownClass)
                .collectList();
    }

    private static FieldProblem unknownClass(PlacedStudent row) {
        return FieldProblem.atLine(row.line(), "班级",
                "名单中的班级「" + (row.className() == null ? "" : row.className()) + "」不在本次分班抽签结果中");
    }
}

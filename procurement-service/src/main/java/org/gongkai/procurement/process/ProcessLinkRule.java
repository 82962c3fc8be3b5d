package org.gongkai.procurement.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.procurement.notice.ProcurementNoticeTypes;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.procurement.notice.ProcurementPayloads.AwardResult;
import org.gongkai.procurement.notice.ProcurementPayloads.CandidatePublicity;
import org.gongkai.procurement.notice.ProcurementPayloads.ContractAnnouncement;
import org.gongkai.procurement.notice.ProcurementPayloads.LotNotice;
import org.gongkai.procurement.notice.ProcurementPayloads.TenderAnnouncement;
import org.gongkai.procurement.notice.ProjectNotices;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The notices of one contracting process follow each other: candidates, an award or a contract are published only
 * for a project whose tender announcement is public and in force, for one of its lots; a contract only after the
 * award of its lot. This keeps every process exportable as one coherent OCDS record.
 */
@Component
class ProcessLinkRule implements NoticeRules {

    private static final Map<String, String> FOLLOWERS = Map.of(ProcurementNoticeTypes.CANDIDATES, "中标候选人公示",
            ProcurementNoticeTypes.AWARD, "中标结果公告", ProcurementNoticeTypes.CONTRACT, "合同公告");

    private final ProjectNotices projects;
    private final PayloadReader payloads;

    ProcessLinkRule(ProjectNotices projects, PayloadReader payloads) {
        this.projects = projects;
        this.payloads = payloads;
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        String what = FOLLOWERS.get(notice.type());
        Optional<LotNotice> lot = lotNotice(notice);
        String projectCode = lot.map(l -> text(l.projectCode())).orElse(null);
        String lotCode = lot.map(l -> text(l.lotCode())).orElse(null);
        if (what == null || projectCode == null || lotCode == null) {
            return Mono.just(List.of());
        }
        return projects.inForce(projectCode).collectList().map(process -> check(notice, what, projectCode, lotCode,
                process));
    }

    private List<FieldProblem> check(Notice notice, String what, String projectCode, String lotCode,
            List<Notice> process) {
        Optional<TenderAnnouncement> tender = process.stream()
                .filter(n -> ProcurementNoticeTypes.TENDER.equals(n.type())).reduce((first, later) -> later)
                .flatMap(n -> payloads.read(n, TenderAnnouncement.class));
        if (tender.isEmpty()) {
            return List.of(FieldProblem.of("payload.projectCode",
                    "项目编号" + projectCode + "没有已发布的招标公告，不能发布" + what));
        }
        if (tender.get().lots().stream().noneMatch(lot -> lot.code().equals(lotCode))) {
            return List.of(FieldProblem.of("payload.lotCode", "项目" + projectCode + "的招标公告中没有标段（包）" + lotCode));
        }
        boolean awarded = process.stream().anyMatch(n -> ProcurementNoticeTypes.AWARD.equals(n.type())
                && lotCode.equals(text(payloads.readFields(n, AwardResult.class).lotCode())));
        if (ProcurementNoticeTypes.CONTRACT.equals(notice.type()) && !awarded) {
            return List.of(FieldProblem.of("payload.lotCode",
                    "标段（包）" + lotCode + "尚未发布中标结果公告，不能发布合同公告"));
        }
        return List.of();
    }

    private Optional<LotNotice> lotNotice(Notice notice) {
        return switch (notice.type()) {
            case ProcurementNoticeTypes.CANDIDATES -> Optional.of(
                    payloads.readFields(notice, CandidatePublicity.class));
            case ProcurementNoticeTypes.AWARD -> Optional.of(payloads.readFields(notice, AwardResult.class));
            case ProcurementNoticeTypes.CONTRACT -> Optional.of(
                    payloads.readFields(notice, ContractAnnouncement.class));
            default -> Optional.empty();
        };
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package org.gongkai.core.objection;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.api.PublicNotice;
import org.gongkai.api.change.ChangeKind;
import org.gongkai.core.notice.PublicChange;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.gongkai.core.calendar.PeriodCalculator;
import org.gongkai.core.calendar.PublicityPhase;
import org.gongkai.core.calendar.PublicityStatus;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.internal.NoticeStore;
import org.gongkai.core.privacy.FieldCipher;
import org.gongkai.core.content.PlainText;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import org.gongkai.core.objection.internal.ObjectionRepository;

/** Filing objections while a period runs, and the department's answers within its deadline. */
@Service
public class ObjectionService {

    private final ObjectionRepository objections;
    private final NoticeStore notices;
    private final FieldCipher cipher;
    private final PeriodCalculator calculator;
    private final SectorProperties sector;
    private final ObjectionThrottle throttle;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ObjectionService(ObjectionRepository objections, NoticeStore notices, FieldCipher cipher,
            PeriodCalculator calculator, SectorProperties sector, ObjectionThrottle throttle, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.objections = objections;
        this.throttle = throttle;
        this.notices = notices;
        this.cipher = cipher;
        this.calculator = calculator;
        this.sector = sector;
        this.clock = clock;
    }

    /** A department's view of one objection, with the objector's details unsealed. */
    public record View(String id, String noticeId, Integer rosterLine, String reason, String name, String contact,
            boolean collectiveMember, Instant filedAt, LocalDate answerDueBy, Objection.Outcome outcome,
            String answer, Instant answeredAt, String answeredBy, boolean answeredLate) {
    }

    /** The citizen's receipt: the id to quote, and when the answer is due. Nothing personal is echoed. */
    public record Receipt(String id, String noticeId, Instant filedAt, LocalDate answerDueBy) {
    }

    /**
     * @param client the filer's address, for the per-client limit (see {@link ObjectionThrottle})
     */
    public Mono<Receipt> file(String noticeId, ObjectionForm form, String client) {
        List<FieldProblem> markup = new ArrayList<>(PlainText.problems("name", form.name()));
        markup.addAll(PlainText.problems("reason", form.reason()));
        if (!markup.isEmpty()) {
            return Mono.error(ProblemException.invalid(markup));
        }
        return notices.publicNotice(noticeId).flatMap(notice -> file(notice, form, client));
    }

    /** Without a client address (the demo, tests of the rules): only the per-notice limit and duplicates apply. */
    public Mono<Receipt> file(String noticeId, ObjectionForm form) {
        return file(noticeId, form, "unknown");
    }

    public Mono<View> answer(Actor actor, String objectionId, ObjectionAnswer answer) {
        return objections.findById(objectionId)
                .switchIfEmpty(Mono.error(ProblemException.notFound("没有这件异议：" + objectionId)))
                .flatMap(o -> notices.require(o.noticeId()).flatMap(n -> answer(actor, n, o, answer)));
    }

    public Flux<View> list(Actor actor, String noticeId) {
        return notices.require(noticeId)
                .doOnNext(n -> actor.require(sector.name(), n.region(), Role.EDITOR, Role.REVIEWER))
                .flatMapMany(n -> objections.findByNoticeIdOrderByFiledAtAsc(n.id())).map(this::view);
    }

    public Mono<PublicNotice.Objections> summary(String noticeId) {
        return objections.findByNoticeIdOrderByFiledAtAsc(noticeId).collectList().map(ObjectionSummary::of);
    }

    /** The public summaries of several notices' objections in one read; a notice without any has none in the map. */
    public Mono<Map<String, PublicNotice.Objections>> summaries(Collection<String> noticeIds) {
        return objections.findByNoticeIdIn(noticeIds)
                .collectMultimap(Objection::noticeId)
                .map(byNotice -> {
                    Map<String, PublicNotice.Objections> out = new HashMap<>();
                    byNotice.forEach((id, list) -> out.put(id, ObjectionSummary.of(list.stream()
                            .sorted(Comparator.comparing(Objection::filedAt)).toList())));
                    return out;
                });
    }

    private Mono<Receipt> file(Notice notice, ObjectionForm form, String client) {
        if (notice.status() != NoticeStatus.PUBLISHED || notice.period() == null
                || PublicityStatus.of(notice.period(), clock).phase() != PublicityPhase.IN_PUBLICITY) {
            throw new ProblemException(ProblemType.OUTSIDE_PUBLICITY, notice.period() == null
                    ? "该公告不设公示期，不受理异议" : "公示期为" + notice.period().start() + "至" + notice.period().end()
                    + "，当前不在公示期内，不能提出异议");
        }
        if (form.rosterLine() != null && (notice.roster() == null || form.rosterLine() > notice.roster().rows() + 1)) {
            throw ProblemException.invalid(List.of(FieldProblem.of("rosterLine", "名单中没有第" + form.rosterLine() + "行")));
        }
        String fingerprint = throttle.fingerprint(notice.id(), form.contact(), form.reason());
        Instant keepUntil = notice.period().end().plusDays(1).atStartOfDay(org.gongkai.core.time.Zones.SHANGHAI).toInstant();
        return throttle.admit(notice.id(), client)
                .then(throttle.firstTime(fingerprint, keepUntil))
                .flatMap(first -> first ? insert(notice, form, fingerprint) : duplicate(fingerprint));
    }

    private Mono<Receipt> insert(Notice notice, ObjectionForm form, String fingerprint) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = sector.objectionAnswerInWorkingDays()
                ? calculator.addWorkingDays(today, sector.objectionAnswerDays())
                : today.plusDays(sector.objectionAnswerDays());
        Objection objection = new Objection(new ObjectId().toHexString(), null, notice.id(), form.rosterLine(),
                form.reason(), cipher.encrypt(form.name()), cipher.encrypt(form.contact()), form.member(),
                now, due, Objection.Outcome.PENDING, null, null, null, false, fingerprint);
        return objections.insert(objection).doOnNext(this::signal).map(o -> new Receipt(o.id(), o.noticeId(), o.filedAt(), o.answerDueBy()));
    }

    /** The same notice, contact and text again: answered with the first one's number, nothing filed twice. */
    private Mono<Receipt> duplicate(String fingerprint) {
        return objections.findFirstByFingerprint(fingerprint).map(Objection::id).defaultIfEmpty("")
                .flatMap(id -> Mono.error(new ProblemException(ProblemType.DUPLICATE, id.isEmpty()
                        ? "已收到内容相同的异议，无需重复提交"
                        : "已收到内容相同的异议（受理编号 " + id + "），无需重复提交；答复将按该编号送达")
                        .with("objectionId", id)));
    }

    private Mono<View> answer(Actor actor, Notice notice, Objection objection, ObjectionAnswer answer) {
        actor.require(sector.name(), notice.region(), Role.EDITOR, Role.REVIEWER);
        if (objection.outcome() != Objection.Outcome.PENDING) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "这件异议已答复，不能重复答复");
        }
        Objection done = objection.answered(answer.outcome(), answer.reason(), actor.name(), clock.instant(),
                LocalDate.now(clock));
        return objections.save(done).doOnNext(this::signal).map(this::view);
    }

    /** The notice's public objection counts moved: its readers (and the change feed) are told. */
    private void signal(Objection o) {
        events.publishEvent(PublicChange.about(o.noticeId(), ChangeKind.UPDATED, "objection:" + o.id() + ":" + o.outcome(),
                o.answeredAt() != null ? o.answeredAt() : o.filedAt()));
    }

    private View view(Objection o) {
        return new View(o.id(), o.noticeId(), o.rosterLine(), o.reason(), cipher.decrypt(o.sealedName()),
                cipher.decrypt(o.sealedContact()), o.collectiveMember(), o.filedAt(), o.answerDueBy(), o.outcome(),
                o.answer(), o.answeredAt(), o.answeredBy(), o.answeredLate());
    }
}

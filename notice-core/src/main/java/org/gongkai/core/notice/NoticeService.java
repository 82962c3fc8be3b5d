package org.gongkai.core.notice;

import org.gongkai.api.FeedItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.gongkai.core.calendar.PublicityPhase;
import org.gongkai.core.calendar.PublicityStatus;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.content.HtmlSanitizer;
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
import org.gongkai.core.notice.internal.NoticeStore;

/**
 * The department's use cases over the lifecycle: draft, revise, submit, review, publish, withdraw, conclude,
 * archive and correct. Every step checks the actor's sector, role and region before it touches the notice.
 */
@Service
public class NoticeService {

    private final NoticeStore store;
    private final Catalog catalog;
    private final NoticeTypes types;
    private final PayloadValidator validator;
    private final PublicationPlanner planner;
    private final PrivacyGate privacyGate;
    private final List<NoticeRules> rules;
    private final SectorProperties sector;
    private final Clock clock;

    public NoticeService(NoticeStore store, Catalog catalog, NoticeTypes types, PayloadValidator validator,
            PublicationPlanner planner, PrivacyGate privacyGate, List<NoticeRules> rules, SectorProperties sector,
            Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.types = types;
        this.validator = validator;
        this.planner = planner;
        this.privacyGate = privacyGate;
        this.rules = rules;
        this.sector = sector;
        this.clock = clock;
    }

    public Mono<Notice> create(Actor actor, NoticeDraft draft) {
        actor.require(sector.name(), draft.region(), Role.EDITOR);
        CatalogRow row = checkDraft(draft);
        Notice notice = Notice.draft(newId(), sector.name(), row.noticeType(), clean(draft), actor, clock.instant());
        return store.insert(notice);
    }

    public Mono<Notice> revise(Actor actor, String id, NoticeDraft draft) {
        return store.require(id).flatMap(notice -> {
            actor.require(sector.name(), notice.region(), Role.EDITOR);
            actor.require(sector.name(), draft.region(), Role.EDITOR);
            CatalogRow row = checkDraft(draft);
            notice.revise(row.noticeType(), clean(draft), actor, clock.instant());
            return store.save(notice);
        });
    }

    public Mono<Notice> submit(Actor actor, String id) {
        return store.require(id).flatMap(notice -> {
            actor.require(sector.name(), notice.region(), Role.EDITOR);
            CatalogRow row = catalog.require(notice.catalogRow());
            List<FieldProblem> problems = new ArrayList<>(validator.check(notice, types.require(notice.type()), row));
            problems.addAll(planner.checkPeriod(notice, row));
            if (row.roster() != null && notice.roster() == null) {
                problems.add(FieldProblem.of("roster", "该事项须附名单，请先上传名单"));
            }
            rules.stream().filter(r -> r.appliesTo(notice)).forEach(r -> problems.addAll(r.onSubmit(notice)));
            return ruleProblems(notice, Phase.SUBMIT).flatMap(stored -> refuseOrSubmit(actor, notice, problems, stored));
        });
    }

    private Mono<Notice> refuseOrSubmit(Actor actor, Notice notice, List<FieldProblem> problems,
            List<FieldProblem> stored) {
        List<FieldProblem> all = new ArrayList<>(problems);
        all.addAll(stored);
        if (!all.isEmpty()) {
            return Mono.error(ProblemException.invalid(all));
        }
        notice.apply(Transition.SUBMIT, actor, clock.instant(), null);
        return store.save(notice);
    }

    public Mono<Notice> approve(Actor actor, String id, String note) {
        return transition(actor, id, Transition.APPROVE, note, Role.REVIEWER);
    }

    public Mono<Notice> reject(Actor actor, String id, List<String> reasons) {
        return store.require(id).flatMap(notice -> {
            actor.require(sector.name(), notice.region(), Role.REVIEWER);
            notice.reject(reasons, actor, clock.instant());
            return store.save(notice);
        });
    }

    public Mono<Notice> publish(Actor actor, String id) {
        return store.require(id)
                .doOnNext(notice -> actor.require(sector.name(), notice.region(), Role.EDITOR, Role.REVIEWER))
                .flatMap(notice -> privacyGate.check(notice)
                        .then(ruleProblems(notice, Phase.PUBLISH))
                        .flatMap(problems -> refuseOrPublish(actor, notice, problems)))
                .flatMap(published -> supersedePredecessor(actor, published).thenReturn(published));
    }

    public Mono<Notice> withdraw(Actor actor, String id, String reason) {
        List<FieldProblem> markup = PlainText.problems("reason", reason);
        if (!markup.isEmpty()) {
            return Mono.error(ProblemException.invalid(markup));
        }
        return store.require(id).flatMap(notice -> {
            actor.require(sector.name(), notice.region(), Role.EDITOR);
            notice.withdraw(reason, actor, clock.instant());
            return store.save(notice);
        });
    }

    public Mono<Notice> conclude(Actor actor, String id) {
        return store.require(id)
                .doOnNext(notice -> actor.require(sector.name(), notice.region(), Role.EDITOR))
                .flatMap(notice -> ruleProblems(notice, Phase.CONCLUDE).flatMap(problems -> {
                    List<FieldProblem> all = new ArrayList<>(periodProblems(notice));
                    all.addAll(problems);
                    if (!all.isEmpty()) {
                        return Mono.error(new ProblemException(ProblemType.CONCLUSION_BLOCKED,
                                "公告暂不能结束公示：" + all.get(0).reason(), all));
                    }
                    notice.apply(Transition.CONCLUDE, actor, clock.instant(), null);
                    return store.save(notice);
                }));
    }

    public Mono<Notice> archive(Actor actor, String id) {
        return transition(actor, id, Transition.ARCHIVE, null, Role.EDITOR);
    }

    public Mono<Notice> correct(Actor actor, String id) {
        return store.require(id).flatMap(notice -> {
            actor.require(sector.name(), notice.region(), Role.EDITOR);
            return store.insert(notice.correction(newId(), actor, clock.instant()));
        });
    }

    /** Records a fact after publication (e.g. a hearing), an editor's act. */
    public Mono<Notice> recordFact(Actor actor, String id, String key, Object value, String action) {
        return recordFact(actor, id, key, action, notice -> value, Role.EDITOR);
    }

    /**
     * Records a fact worked out from the notice as it is read, by one of {@code roles}: {@code fact} checks the
     * notice and may refuse by throwing, so the check and the write are one version-guarded save (a lost race is a
     * 409 conflict, never a fact recorded against a stale check).
     */
    public Mono<Notice> recordFact(Actor actor, String id, String key, String action, Function<Notice, Object> fact,
            Role... roles) {
        return store.require(id).flatMap(notice -> {
            actor.require(sector.name(), notice.region(), roles);
            notice.recordFact(key, fact.apply(notice), action, actor, clock.instant());
            return store.save(notice);
        });
    }

    /** The period the notice would get if published on {@code publishOn} (today when null); changes nothing. */
    public Mono<PeriodPreview> preview(Actor actor, String id, LocalDate publishOn) {
        return get(actor, id).map(notice -> planner.preview(notice, catalog.require(notice.catalogRow()),
                publishOn == null ? LocalDate.now(clock) : publishOn));
    }

    public Mono<Notice> get(Actor actor, String id) {
        return store.require(id).doOnNext(notice -> actor.require(sector.name(), notice.region(),
                Role.EDITOR, Role.REVIEWER, Role.ROSTER_UPLOADER));
    }

    private Mono<Notice> transition(Actor actor, String id, Transition transition, String note, Role role) {
        return store.require(id).flatMap(notice -> {
            actor.require(sector.name(), notice.region(), role);
            notice.apply(transition, actor, clock.instant(), note);
            return store.save(notice);
        });
    }

    private Mono<Notice> refuseOrPublish(Actor actor, Notice notice, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            return Mono.error(ProblemException.invalid(problems));
        }
        if (!Transition.PUBLISH.allowedFrom(notice.status())) {
            return Mono.error(new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                    "公告当前状态为「" + notice.status().displayName() + "」，须审核通过后才能发布"));
        }
        // the store keeps milliseconds: a finer publishedAt would no longer hash to the digest once read back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        notice.publish(planner.plan(notice, catalog.require(notice.catalogRow()), now), actor, now);
        return store.save(notice);
    }

    private Mono<Void> supersedePredecessor(Actor actor, Notice published) {
        if (published.previousId() == null) {
            return Mono.empty();
        }
        return store.require(published.previousId())
                .filter(previous -> Transition.SUPERSEDE.allowedFrom(previous.status()))
                .flatMap(previous -> {
                    previous.supersede(published.id(), actor, clock.instant());
                    return store.save(previous);
                }).then();
    }

    private List<FieldProblem> periodProblems(Notice notice) {
        if (notice.status() != NoticeStatus.PUBLISHED) {
            return List.of(FieldProblem.of("status", "只有发布中的公告可以结束公示，当前为「" + notice.status().displayName() + "」"));
        }
        if (notice.period() != null && PublicityStatus.of(notice.period(), clock).phase() != PublicityPhase.ENDED) {
            return List.of(FieldProblem.of("period", "公示期至" + notice.period().end() + "届满，届满前不能结束公示"));
        }
        return List.of();
    }

    private enum Phase { SUBMIT, PUBLISH, CONCLUDE }

    private Mono<List<FieldProblem>> ruleProblems(Notice notice, Phase phase) {
        return Flux.fromIterable(rules).filter(r -> r.appliesTo(notice))
                .concatMap(r -> switch (phase) {
                    case SUBMIT -> r.beforeSubmit(notice);
                    case PUBLISH -> r.beforePublish(notice);
                    case CONCLUDE -> r.beforeConclude(notice);
                })
                .flatMapIterable(list -> list).collectList();
    }

    private CatalogRow checkDraft(NoticeDraft draft) {
        CatalogRow row = catalog.require(draft.catalogRow());
        List<FieldProblem> problems = new ArrayList<>();
        if (row.audience() == CatalogRow.Audience.SPECIFIC_GROUP && "PUBLIC".equals(draft.audience())) {
            problems.add(FieldProblem.of("audience", "该事项的公开对象为特定群体（" + row.audienceGroup() + "），请填写其所在区划代码"));
        }
        if (!"PUBLIC".equals(draft.audience()) && !draft.region().startsWith(draft.audience())
                && !draft.audience().startsWith(draft.region().replaceAll("0+$", ""))) {
            problems.add(FieldProblem.of("audience", "公开对象所在区划应在公告所属区划之内"));
        }
        problems.addAll(PlainText.problems("title", draft.title()));
        problems.addAll(PlainText.problems("disclosureReason", draft.disclosureReason()));
        problems.addAll(PlainText.problems("payload", draft.payload()));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return row;
    }

    private static NoticeDraft clean(NoticeDraft draft) {
        return draft.withBody(draft.body() == null ? null : HtmlSanitizer.sanitize(draft.body()));
    }

    private String newId() {
        return FeedItem.globalId(sector.name(), new ObjectId().toHexString());
    }
}

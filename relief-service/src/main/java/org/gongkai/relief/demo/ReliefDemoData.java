package org.gongkai.relief.demo;

import java.time.LocalDate;
import java.util.Map;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.demo.DemoStory;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.objection.Objection;
import org.gongkai.core.security.Actor;
import org.gongkai.relief.review.ReviewRequest;
import org.gongkai.relief.review.ReviewService;
import org.gongkai.relief.review.ReviewStep;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The relief story of the demo district (龙沙区, 230202) after the summer 2026 flood: 富强村's winter-spring roster,
 * objected to, corrected by democratic review, reviewed up the chain and paid out; 新民村's roster still under review,
 * waiting for the civil-affairs bureau's approval. Fictional villages, people and ID numbers.
 */
@Component
class ReliefDemoData implements DemoStory {

    static final String EVENT = "2026年7月下旬暴雨洪涝灾害";
    static final String PERIOD = "2026年冬季至2027年春季";
    static final String STREET = "230202102";
    static final String FUQIANG = "230202102201";
    static final String XINMIN = "230202102202";

    private final ReviewService reviews;

    ReliefDemoData(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Mono<Void> tell(DemoScript script) {
        ReliefRosters fuqiang = ReliefRosters.of(2607, 12);
        ReliefRosters corrected = fuqiang.without(4);
        ReliefRosters xinmin = ReliefRosters.of(2608, 9);
        return script.published(roster("富强村", FUQIANG, fuqiang, LocalDate.of(2026, 10, 9)),
                        LocalDate.of(2026, 10, 12), fuqiang.rosterCsv())
                .flatMap(first -> judged(script, first, LocalDate.of(2026, 10, 14), "第6行户主家中有稳定务工收入，房屋未受损，不符合救助条件。",
                        Objection.Outcome.UPHELD, "经村民委员会组织民主评议，该户家庭收入稳定、住房未受灾，不符合冬春救助条件，从名单中删除并重新公示。")
                        .then(script.corrected(first, roster("富强村", FUQIANG, corrected, LocalDate.of(2026, 10, 9)),
                                LocalDate.of(2026, 10, 20), corrected.rosterCsv())))
                .flatMap(second -> reviewed(script, second, LocalDate.of(2026, 10, 27), ReviewStep.VILLAGE,
                        "经村民代表会议民主评议，公示期内异议已处理，同意上报。"))
                .flatMap(second -> reviewed(script, second, LocalDate.of(2026, 10, 29), ReviewStep.STREET,
                        "经入户核查，11户符合冬春生活救助条件，审核通过，报区民政局审批。"))
                .flatMap(second -> reviewed(script, second, LocalDate.of(2026, 11, 3), ReviewStep.CIVIL_AFFAIRS,
                        "同意。救助资金按审批金额通过“一卡通”发放到户。"))
                .flatMap(second -> script.concluded(second, LocalDate.of(2026, 11, 4)))
                .flatMap(second -> script.published(funds(second.id(), corrected), LocalDate.of(2026, 11, 16),
                        corrected.fundsCsv(LocalDate.of(2026, 11, 12))))
                .then(script.published(roster("新民村", XINMIN, xinmin, LocalDate.of(2026, 11, 5)),
                        LocalDate.of(2026, 11, 9), xinmin.rosterCsv()))
                .flatMap(n -> judged(script, n, LocalDate.of(2026, 11, 11), "第3行户主家庭人口填报有误。", Objection.Outcome.DISMISSED,
                        "经村民委员会组织民主评议并核对户籍登记，该户家庭人口填报无误，异议不成立。").thenReturn(n))
                .flatMap(n -> reviewed(script, n, LocalDate.of(2026, 11, 17), ReviewStep.VILLAGE,
                        "经村民代表会议民主评议，同意上报。"))
                .flatMap(n -> reviewed(script, n, LocalDate.of(2026, 11, 19), ReviewStep.STREET,
                        "经入户核查，9户符合救助条件，审核通过，报区民政局审批。"))
                .then();
    }

    /** An objection filed during the village publicity and answered by democratic review two days later. */
    private static Mono<Void> judged(DemoScript script, Notice notice, LocalDate filed, String reason,
            Objection.Outcome outcome, String answer) {
        return script.objection(notice, filed, "村民（演示）", "0452-0000000", reason, false)
                .flatMap(id -> script.answered(notice, id, filed.plusDays(2), outcome, answer, "村民委员会民主评议会"));
    }

    /** The step's body signs its opinion into the review chain, as through the review endpoint. */
    private Mono<Notice> reviewed(DemoScript script, Notice notice, LocalDate day, ReviewStep step, String opinion) {
        Actor reviewer = script.reviewer(regionOf(notice.region(), step), "演示审核人（" + step.body() + "）");
        return script.on(day, 10, () -> reviews.review(reviewer, notice.id(), new ReviewRequest(step, opinion, true)));
    }

    private static String regionOf(String village, ReviewStep step) {
        return village.substring(0, step.level().digits());
    }

    private static NoticeDraft roster(String village, String code, ReliefRosters rows, LocalDate formed) {
        String title = "龙沙区湖滨街道" + village + "受灾人员冬春生活救助对象名单公示";
        String body = "<p>根据《自然灾害救助条例》和《受灾人员冬春生活救助工作规程》，经本人申请、村民小组提名、村民委员会民主评议，"
                + "现将" + village + "受" + EVENT + "影响的" + PERIOD + "生活救助对象名单予以公示，公示期7天。</p>"
                + "<p>对公示对象有异议的，请在公示期内向" + village + "村民委员会或湖滨街道办事处反映，也可在本网站提交异议。</p>";
        Map<String, Object> payload = Map.of("disasterEvent", EVENT, "village", village, "reliefPeriod", PERIOD,
                "reliefStandard", ReliefRosters.STANDARD, "households", rows.households(), "persons", rows.persons(),
                "totalAmount", rows.total(), "objectionMethod",
                "公示期内向" + village + "村民委员会或湖滨街道办事处书面或当面反映，或在本网站“我要提异议”提交");
        return new NoticeDraft("RELIEF-01", title, body, payload, code, code, Disclosure.PROACTIVE, null, formed, null,
                null);
    }

    private static NoticeDraft funds(String rosterNoticeId, ReliefRosters rows) {
        String body = "<p>根据区民政局审批意见，" + PERIOD + "第一批生活救助资金已于2026年11月12日通过惠民惠农财政补贴资金“一卡通”"
                + "发放到户，现将救助对象及其领取救助资金数额公布如下，接受群众监督。</p>";
        Map<String, Object> payload = Map.of("disasterEvent", EVENT, "village", "富强村", "rosterNoticeId", rosterNoticeId,
                "approvalNumber", "龙民救审〔2026〕17号", "fundSource", "中央自然灾害救灾资金及省、市、区配套资金",
                "disbursedOn", "2026-11-12", "households", rows.households(), "totalAmount", rows.total(),
                "supervisionMethod", "对发放情况有疑问的，可向区民政局社会救助科或区纪委监委反映");
        return new NoticeDraft("RELIEF-02", "富强村" + PERIOD + "生活救助资金发放情况公布（第一批）", body, payload,
                FUQIANG, "PUBLIC", Disclosure.PROACTIVE, null, LocalDate.of(2026, 11, 12), null, null);
    }
}

package org.gongkai.bench;

import org.gongkai.api.FeedItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bson.types.ObjectId;
import org.gongkai.core.calendar.CalendarYearMissingException;
import org.gongkai.core.calendar.PeriodCalculator;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.notice.Publication;
import org.gongkai.core.notice.PublicationPlanner;
import org.gongkai.core.notice.Transition;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.gongkai.core.time.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * BENCHMARK ONLY: with {@code gongkai.bench.seed=N}, an empty store receives N synthetic notices of this sector's
 * catalogue rows, taken through the real lifecycle (submit, approve by another person, publish with the planner's
 * period and digest; most ended ones concluded) and bulk-inserted. Text is made up from fixed phrases, regions are
 * illustrative codes under 230202 (龙沙区). A store that already holds notices is left alone.
 */

@ConditionalOnExpression("${gongkai.bench.seed:0} > 0")
class BenchSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchSeeder.class);
    private static final int BATCH = 1_000;
    private static final String[] STREETS = {"五龙街道", "湖滨街道", "江岸街道", "正阳街道", "彩虹街道", "南航街道", "大民街道"};
    private static final String[] PROJECTS = {"城市棚户区改造项目", "嫩江大道拓宽工程", "第二污水处理厂扩建工程",
        "老旧小区综合整治", "保障性租赁住房项目", "农田水利配套工程", "中小学校舍改扩建", "冬春生活救助",
        "公共租赁住房配租", "市政供热管网改造", "城乡供水一体化工程", "社区卫生服务中心新建"};
    private static final String[] PHRASES = {"根据有关法律法规和政策规定，现将有关事项公告如下。",
        "本次事项涉及范围内的单位和个人，如对公示内容有异议，请在公示期内以书面形式向承办部门反映。",
        "反映问题时应当署实名并提供联系方式，以便核实和答复，匿名反映不予受理。",
        "承办部门将自收到异议之日起在规定期限内调查核实并予以答复。",
        "公示期满无异议或者异议不成立的，将按照规定程序办理后续事项。",
        "相关资料可在政务服务中心和公开查阅点查阅，也可登录区人民政府门户网站查看。",
        "请有关村（居）民委员会在公示栏张贴本公告，并做好政策解释工作。",
        "本公告自发布之日起公示，公示期间请广大群众监督。",
        "补偿标准按照省人民政府公布的区片综合地价和地上附着物补偿标准执行。",
        "对符合条件的家庭，按照保障标准核定保障金额，实行社会化发放。"};

    private final ReactiveMongoTemplate mongo;
    private final Catalog catalog;
    private final PeriodCalculator calculator;
    private final SectorProperties sector;
    private final BenchProperties properties;
    private final Clock clock;

    BenchSeeder(ReactiveMongoTemplate mongo, Catalog catalog, PeriodCalculator calculator, SectorProperties sector,
            BenchProperties properties, Clock clock) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.calculator = calculator;
        this.sector = sector;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = mongo.count(new Query(), Notice.class).blockOptional().orElse(0L);
        List<CatalogRow> rows = catalog.rows().stream().filter(r -> r.mode() == CatalogRow.Mode.PROACTIVE).toList();
        if (existing > 0 || rows.isEmpty()) {
            log.warn("BENCHMARK seeding skipped: the store holds {} notices, the catalogue {} proactive rows",
                    existing, rows.size());
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(sector.name().hashCode());
        List<Notice> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < properties.seed(); i++) {
            batch.add(notice(i, rows.get(random.nextInt(rows.size())), random));
            if (batch.size() == BATCH || i == properties.seed() - 1) {
                mongo.insert(batch, Notice.class).then().block();
                batch = new ArrayList<>(BATCH);
            }
        }
        log.warn("BENCHMARK seeding: inserted {} synthetic notices in {} ms", properties.seed(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Notice notice(int i, CatalogRow row, Random random) {
        LocalDate today = LocalDate.now(clock);
        for (int attempt = 0; ; attempt++) {
            // most within the last year and a half; a later one may need next year's calendar, then go earlier
            LocalDate day = today.minusDays(attempt > 3 ? 60 + random.nextInt(400) : random.nextInt(540));
            try {
                return published(i, row, day, random);
            } catch (CalendarYearMissingException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private Notice published(int i, CatalogRow row, LocalDate day, Random random) {
        String street = STREETS[random.nextInt(STREETS.length)];
        String region = "230202" + String.format("%03d%03d", 1 + random.nextInt(STREETS.length), 1 + random.nextInt(12));
        String project = PROJECTS[random.nextInt(PROJECTS.length)];
        LocalDate formed = day.minusDays(random.nextInt(40));
        Map<String, Object> payload = new LinkedHashMap<>();
        row.elements().forEach(element -> payload.put(element.key(), element.name() + "：详见公告正文"));
        if (!"informationFormedOn".equals(row.timeLimit().fromField())) {
            payload.put(row.timeLimit().fromField(), formed.toString());
        }
        String title = "龙沙区" + street + project + row.subItem() + "（" + sector.displayName() + "第" + (i + 1) + "号）";
        StringBuilder body = new StringBuilder("<p>").append(sector.publisher()).append("关于").append(street)
                .append(project).append("的").append(row.subItem()).append("。</p>");
        for (int p = 0; p < 4; p++) {
            body.append("<p>").append(PHRASES[random.nextInt(PHRASES.length)]).append("</p>");
        }
        String audience = row.audience() == CatalogRow.Audience.PUBLIC ? "PUBLIC" : region;
        NoticeDraft draft = new NoticeDraft(row.code(), title, body.toString(), payload, region, audience,
                Disclosure.PROACTIVE, null, formed, null, null);
        Actor editor = new Actor("bench-editor", "压测起草人", sector.name(), Set.of(Role.EDITOR), region);
        Actor reviewer = new Actor("bench-reviewer", "压测审核人", sector.name(), Set.of(Role.REVIEWER), region);
        Instant at = day.atTime(LocalTime.of(8, 0)).atZone(Zones.SHANGHAI).toInstant();
        Notice notice = Notice.draft(FeedItem.globalId(sector.name(), new ObjectId().toHexString()), sector.name(),
                row.noticeType(), draft, editor, at);
        notice.apply(Transition.SUBMIT, editor, at.plus(1, ChronoUnit.HOURS), null);
        notice.apply(Transition.APPROVE, reviewer, at.plus(2, ChronoUnit.HOURS), "保密审查通过");
        Instant publishedAt = at.plusSeconds(3 * 3600 + random.nextInt(8 * 3600)).plusMillis(random.nextInt(1000));
        Publication publication = new PublicationPlanner(calculator, Clock.fixed(publishedAt, Zones.SHANGHAI))
                .plan(notice, row, publishedAt);
        notice.publish(publication, reviewer, publishedAt);
        LocalDate ended = publication.period() == null ? day : publication.period().end();
        if (ended.isBefore(LocalDate.now(clock)) && random.nextInt(10) < 8) {
            notice.apply(Transition.CONCLUDE, editor, ended.plusDays(1).atTime(9, 0).atZone(Zones.SHANGHAI).toInstant(),
                    null);
        }
        return notice;
    }
}

package org.gongkai.education.district;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.notice.NoticeFinder;
import org.gongkai.core.notice.NoticeQuery;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.Validity;
import org.gongkai.education.notice.EducationNoticeTypes;
import org.gongkai.education.notice.EducationPayloads.SchoolDistrict;
import org.gongkai.education.notice.EducationPayloads.SchoolZone;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.education.notice.Stage;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The school district map in force: for each stage, the zones of the newest school year among the published school
 * district notices that are still in force (a withdrawn or corrected notice no longer counts). The notices come from
 * the public read cache ({@link NoticeFinder#findPublicCached}, dropped on every public change), because the
 * embedded store scans on every query.
 */
@Component
public class DistrictMap {

    /** One school's catchment with the notice it comes from. */
    public record Zone(SchoolZone zone, int schoolYear, String noticeId, String noticeTitle) {
    }

    private final NoticeFinder notices;
    private final PayloadReader payloads;

    public DistrictMap(NoticeFinder notices, PayloadReader payloads) {
        this.notices = notices;
        this.payloads = payloads;
    }

    public Mono<List<Zone>> zones() {
        NoticeQuery published = NoticeQuery.ofType(EducationNoticeTypes.SCHOOL_DISTRICT)
                .inStatus(Set.of(NoticeStatus.PUBLISHED, NoticeStatus.CONCLUDED)).publicOnly();
        return notices.findPublicCached(published)
                .map(found -> newestPerStage(found.stream().filter(n -> n.validity() == Validity.IN_FORCE).toList()));
    }

    private List<Zone> newestPerStage(List<Notice> notices) {
        Map<Stage, List<Zone>> byStage = new EnumMap<>(Stage.class);
        Map<Stage, Integer> newestYear = new EnumMap<>(Stage.class);
        for (Notice notice : notices) {
            Optional<SchoolDistrict> district = payloads.read(notice, EducationNoticeTypes.SCHOOL_DISTRICT,
                    SchoolDistrict.class);
            if (district.isEmpty() || district.get().schools() == null) {
                continue;
            }
            int year = district.get().schoolYear();
            for (SchoolZone zone : district.get().schools()) {
                int newest = newestYear.getOrDefault(zone.stage(), Integer.MIN_VALUE);
                if (year > newest) {
                    newestYear.put(zone.stage(), year);
                    byStage.put(zone.stage(), new ArrayList<>());
                }
                if (year >= newest) {
                    byStage.get(zone.stage()).add(new Zone(zone, year, notice.id(), notice.title()));
                }
            }
        }
        return byStage.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing((Zone z) -> z.zone().stage()).thenComparing(z -> z.zone().school()))
                .toList();
    }
}

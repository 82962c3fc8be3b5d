package org.gongkai.education.district;

import org.gongkai.core.sector.SectorProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.education.notice.EducationPayloads.SchoolZone;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Anonymous: "which school serves this address or community?", answered from the school district notices in force,
 * and the whole map in force.
 */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/public/school-districts")
class DistrictLookupController {

    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 100;

    private final DistrictMap map;
    /** Where a matched notice is read: this sector's public notice address. */
    private final String noticesPath;

    DistrictLookupController(DistrictMap map, SectorProperties sector) {
        this.map = map;
        this.noticesPath = sector.apiPath() + "/public/notices/";
    }

    /** A school that serves the address, how it matched, and the notice that says so. */
    record Match(String school, String stage, String stageName, String schoolAddress, String matchedBy,
            String matched, int schoolYear, String noticeId, String noticeTitle, String noticeUrl) {
    }

    record Answer(String query, List<Match> matches) {
    }

    record CurrentZone(String school, String stage, String stageName, String schoolAddress, List<String> communities,
            List<String> addresses, int schoolYear, String noticeId) {
    }

    @GetMapping("/lookup")
    Mono<Answer> lookup(@RequestParam(required = false) String q) {
        String query = AddressSegment.normalise(q);
        if (query.codePointCount(0, query.length()) < MIN_QUERY || query.length() > MAX_QUERY) {
            return Mono.error(ProblemException.invalid(List.of(FieldProblem.of("q",
                    "请输入小区（社区）名称或带门牌号的详细地址，" + MIN_QUERY + "至" + MAX_QUERY + "个字"))));
        }
        return map.zones().map(zones -> matches(query, zones, noticesPath)).flatMap(found -> found.isEmpty()
                ? Mono.error(ProblemException.notFound("没有找到“" + query + "”所属的学区。请输入小区（社区）全称，"
                        + "或带门牌号的地址（如“龙华路88号”）；仍查不到的，请咨询区教育局或就近学校。"))
                : Mono.just(new Answer(query, found)));
    }

    @GetMapping
    Mono<List<CurrentZone>> current() {
        return map.zones().map(zones -> zones.stream().map(z -> new CurrentZone(z.zone().school(),
                z.zone().stage().name(), z.zone().stage().displayName(), z.zone().schoolAddress(),
                orEmpty(z.zone().communities()), orEmpty(z.zone().addresses()), z.schoolYear(), z.noticeId()))
                .toList());
    }

    static List<Match> matches(String query, List<DistrictMap.Zone> zones, String noticesPath) {
        List<Match> found = new ArrayList<>();
        for (DistrictMap.Zone zone : zones) {
            matchOf(query, zone, noticesPath).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Match> matchOf(String query, DistrictMap.Zone z, String noticesPath) {
        SchoolZone zone = z.zone();
        for (String community : orEmpty(zone.communities())) {
            String name = AddressSegment.normalise(community);
            if (query.contains(name) || name.contains(query)) {
                return Optional.of(match(z, "小区（社区）", community, noticesPath));
            }
        }
        for (String address : orEmpty(zone.addresses())) {
            boolean covered = AddressSegment.parse(address).map(s -> s.covers(query)).orElse(false);
            if (covered) {
                return Optional.of(match(z, "地址段", address, noticesPath));
            }
        }
        return Optional.empty();
    }

    private static Match match(DistrictMap.Zone z, String by, String matched, String noticesPath) {
        SchoolZone zone = z.zone();
        return new Match(zone.school(), zone.stage().name(), zone.stage().displayName(), zone.schoolAddress(), by,
                matched, z.schoolYear(), z.noticeId(), z.noticeTitle(), noticesPath + z.noticeId());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}

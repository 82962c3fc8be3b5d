package org.gongkai.education.district;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.education.notice.EducationNoticeTypes;
import org.gongkai.education.notice.EducationPayloads.SchoolDistrict;
import org.gongkai.education.notice.EducationPayloads.SchoolZone;
import org.gongkai.core.notice.PayloadReader;
import org.springframework.stereotype.Component;

/**
 * A school district map must answer "which school serves this address" with one school per stage: a community may
 * not be given to two schools of the same stage, and every address segment must be one the lookup understands.
 */
@Component
class SchoolDistrictRules implements NoticeRules {

    private final PayloadReader payloads;

    SchoolDistrictRules(PayloadReader payloads) {
        this.payloads = payloads;
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        return payloads.read(notice, EducationNoticeTypes.SCHOOL_DISTRICT, SchoolDistrict.class)
                .map(SchoolDistrictRules::problems).orElse(List.of());
    }

    static List<FieldProblem> problems(SchoolDistrict district) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> schoolOfCommunity = new HashMap<>();
        Map<String, Integer> zoneOfSchool = new HashMap<>();
        List<SchoolZone> schools = district.schools();
        for (int i = 0; i < schools.size(); i++) {
            SchoolZone zone = schools.get(i);
            String path = "payload.schools[" + i + "]";
            Integer first = zoneOfSchool.putIfAbsent(zone.stage() + "|" + zone.school(), i);
            if (first != null) {
                problems.add(FieldProblem.of(path + ".school", "「" + zone.school() + "」的" + zone.stage().displayName()
                        + "学区与第" + (first + 1) + "项重复，请合并为一项"));
            }
            List<String> communities = zone.communities() == null ? List.of() : zone.communities();
            for (int j = 0; j < communities.size(); j++) {
                String community = AddressSegment.normalise(communities.get(j));
                String other = schoolOfCommunity.putIfAbsent(zone.stage() + "|" + community, zone.school());
                if (other != null && !other.equals(zone.school())) {
                    problems.add(FieldProblem.of(path + ".communities[" + j + "]", "「" + community + "」已划入"
                            + other + "的" + zone.stage().displayName() + "学区，同一学段只能对应一所学校"));
                }
            }
            List<String> addresses = zone.addresses() == null ? List.of() : zone.addresses();
            for (int j = 0; j < addresses.size(); j++) {
                if (AddressSegment.parse(addresses.get(j)).isEmpty()) {
                    problems.add(FieldProblem.of(path + ".addresses[" + j + "]", "地址段「" + addresses.get(j)
                            + "」无法识别，请写成“龙华路1-199号”“龙华路单号1-99号”或整条街道名称“龙华路”"));
                }
            }
        }
        return problems;
    }
}

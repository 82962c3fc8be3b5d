package org.gongkai.land;

import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.NoticeApi;
import org.gongkai.core.testing.Tokens;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The land service's HTTP API as the tests drive it: its department's tokens and drafts of the land notice types. */
final class LandApi extends NoticeApi {

    static final String EDITOR = Tokens.mint("clerk-li", "李文", "land", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-zhao", "赵敏", "land", "230202", "reviewer");
    static final String COUNTY = "230202000000";
    static final String DAMIN = "230202100201";

    LandApi(WebTestClient web) {
        super(web, "land", EDITOR, REVIEWER);
    }

    /** LAND-01, ten working days, posted for the 大民村 residents. */
    static Map<String, Object> preAnnouncement(String title) {
        return Map.of("catalogRow", "LAND-01", "title", title,
                "body", "<p>拟征收大民村集体土地。</p>",
                "payload", Map.of("projectName", "测试项目", "purpose", "学校建设", "scope", "大民村第三村民小组",
                        "areaHectares", 1.5, "villages", List.of("大民村"), "surveyArrangements", "开展土地现状调查",
                        "rushBuildingBan", "不得抢栽抢建"),
                "region", COUNTY, "audience", DAMIN, "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-08-28");
    }

    /** LAND-03, thirty calendar days, with the number of collective members it affects. */
    static Map<String, Object> compensationPlan(String title, int affectedMembers) {
        return Map.of("catalogRow", "LAND-03", "title", title,
                "body", "<p>现将征地补偿安置方案予以公告。</p>",
                "payload", Map.ofEntries(Map.entry("projectName", "测试项目"),
                        Map.entry("villages", List.of("大民村")), Map.entry("areaHectares", 2.5),
                        Map.entry("landUse", "教育用地"), Map.entry("compensationStandards", "区片综合地价每亩4.2万元"),
                        Map.entry("resettlementMethod", "货币安置"), Map.entry("socialInsurance", "足额预存"),
                        Map.entry("registrationMethod", "到村民委员会办理补偿登记"),
                        Map.entry("registrationDeadline", "2026-12-15"),
                        Map.entry("objectionMethod", "书面意见送交区自然资源局"),
                        Map.entry("affectedMembers", affectedMembers)),
                "region", COUNTY, "audience", DAMIN, "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-08-28");
    }
}

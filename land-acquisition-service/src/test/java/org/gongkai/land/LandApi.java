package org.gongkai.land;

import org.gongkai.core.testing.NoticeApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.Tokens;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The land service's HTTP API as the tests drive it: department calls with tokens, drafts of each notice type. */
final class LandApi extends NoticeApi {

    static final String EDITOR = Tokens.mint("clerk-li", "李文", "land", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-zhao", "赵敏", "land", "230202", "reviewer");
    static final String COUNTY = "230202000000";
    static final String DAMIN = "230202100201";


    LandApi(WebTestClient web) {
        super(web, "land", EDITOR);
    }

    /** Submit by the editor, approve by the reviewer. */
    void review(String id) {
        post(EDITOR, id, "submit").expectStatus().isOk();
        post(REVIEWER, id, "approve").expectStatus().isOk();
    }

    /** Submit, approve and publish; the department's view of the published notice. */
    Map<String, Object> publish(String id) {
        review(id);
        return body(post(REVIEWER, id, "publish").expectStatus().isOk());
    }

    String createAndPublish(Map<String, Object> draft) {
        String id = create(draft);
        publish(id);
        return id;
    }

    Map<String, Object> notice(String id) {
        return body(web.get().uri("/api/land/notices/{id}", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk());
    }

    WebTestClient.ResponseSpec publicDetail(String id) {
        return web.get().uri("/api/land/public/notices/{id}", id).exchange();
    }

    WebTestClient.ResponseSpec upload(String token, String path, String fileName, byte[] bytes) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", bytes).filename(fileName).contentType(MediaType.APPLICATION_OCTET_STREAM);
        return web.post().uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build()))
                .exchange();
    }

    WebTestClient.ResponseSpec uploadRoster(String id, String fileName, byte[] bytes) {
        return upload(EDITOR, "/api/land/notices/" + id + "/rosters", fileName, bytes);
    }

    String objection(String id, String name, String contact, String reason, boolean collectiveMember) {
        return body(fileObjection(id, name, contact, reason, collectiveMember).expectStatus().isCreated())
                .get("id").toString();
    }

    WebTestClient.ResponseSpec answer(String objectionId, String outcome, String reason) {
        return answer(REVIEWER, objectionId, outcome, reason);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(Map.class).returnResult().getResponseBody();
    }

    static Map<String, Object> with(Map<String, Object> draft, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(draft);
        changed.put(key, value);
        return changed;
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

    /** LAND-06, seven calendar days, needs a COMPENSATION_DETAILS roster. */
    static Map<String, Object> compensationDetails(String title) {
        return Map.of("catalogRow", "LAND-06", "title", title,
                "body", "<p>现将大民村被征地农户补偿明细予以公示。</p>",
                "payload", Map.of("projectName", "测试项目", "village", "大民村", "totalAmount", 100000),
                "region", COUNTY, "audience", DAMIN, "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-02-20");
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

    /** LAND-04, no publicity period, due within 15 working days of {@code approvalDate}. */
    static Map<String, Object> acquisitionAnnouncement(String title, String approvalDate) {
        return Map.of("catalogRow", "LAND-04", "title", title,
                "body", "<p>现将征收土地有关事项公告如下。</p>",
                "payload", Map.of("projectName", "测试项目", "approvalNumber", "黑政土批〔2026〕第9号",
                        "approvalDate", approvalDate, "approvalAuthority", "黑龙江省人民政府", "areaHectares", 2.5,
                        "landUse", "教育用地", "villages", List.of("大民村"), "compensationStandards", "按区片综合地价执行",
                        "resettlementMethod", "货币安置", "remedies", "可依法申请行政复议或提起行政诉讼"),
                "region", COUNTY, "audience", "PUBLIC", "disclosure", "PROACTIVE",
                "informationFormedOn", approvalDate);
    }
}

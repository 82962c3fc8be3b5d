package org.gongkai.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.housing.HousingApi.EDITOR;
import static org.gongkai.housing.HousingApi.HUBIN;
import static org.gongkai.housing.HousingApi.HUBIN_OFFICE;
import static org.gongkai.housing.HousingApi.REVIEWER;
import static org.gongkai.housing.HousingApi.WULONG;
import static org.gongkai.housing.HousingApi.WULONG_OFFICE;
import static org.gongkai.housing.HousingApi.body;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A street has one list of each kind per batch; a change to a published list is a correction that replaces it. */
@SectorIntegrationTest
class OneListPerStreetAndBatchTest extends SectorApiTest<HousingApi> {

    @Autowired
    ReactiveMongoTemplate mongo;

    OneListPerStreetAndBatchTest() {
        super(HousingApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void aSecondListForTheSameStreetAndBatchIsRefusedOnSubmitWhileTheFirstIsInReviewOrPublished() {
        String batch = "第九批（重复名单）";
        String first = listWithRoster(WULONG, "五龙街道", batch, WULONG_OFFICE);
        api.post(EDITOR, first, "submit").expectStatus().isOk();

        String second = listWithRoster(WULONG, "五龙街道", batch, WULONG_OFFICE);
        api.post(EDITOR, second, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.batch')].reason")
                .value(r -> assertThat(r.toString()).contains(first).contains("待审核"));

        api.post(REVIEWER, first, "approve").expectStatus().isOk();
        api.post(REVIEWER, first, "publish").expectStatus().isOk();
        api.post(EDITOR, second, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.batch')].reason")
                .value(r -> assertThat(r.toString()).contains("已发布"));
        assertThat(api.notice(second)).containsEntry("status", "DRAFT");
    }

    @Test
    void theSameBatchInAnotherStreetAndAnotherBatchInTheSameStreetAreFine() {
        String batch = "第十批（不同街道）";
        api.publish(listWithRoster(WULONG, "五龙街道", batch, WULONG_OFFICE));
        api.publish(listWithRoster(HUBIN, "湖滨街道", batch, HUBIN_OFFICE));
        api.publish(listWithRoster(WULONG, "五龙街道", "第十一批（不同批次）", WULONG_OFFICE));
    }

    @Test
    void aWithdrawnOrRejectedListDoesNotBlockItsReplacement() {
        String batch = "第十二批（撤回后重报）";
        String first = listWithRoster(WULONG, "五龙街道", batch, WULONG_OFFICE);
        api.post(EDITOR, first, "submit").expectStatus().isOk();
        api.post(REVIEWER, first, "reject", java.util.Map.of("reasons", List.of("名单第2户家庭人口有误")))
                .expectStatus().isOk();

        String replacement = listWithRoster(WULONG, "五龙街道", batch, WULONG_OFFICE);
        api.publish(replacement);
        api.post(EDITOR, first, "submit").expectStatus().isBadRequest();
    }

    @Test
    void aCorrectionOfThePublishedListMayBePublishedAndSupersedesIt() {
        String batch = "第十三批（更正）";
        String original = listWithRoster(WULONG, "五龙街道", batch, WULONG_OFFICE);
        api.publish(original);

        String correction = body(api.post(EDITOR, original, "corrections").expectStatus().isCreated())
                .get("id").toString();
        api.publish(correction);
        api.publicDetail(original).expectBody().jsonPath("$.status").isEqualTo("SUPERSEDED")
                .jsonPath("$.supersededBy").isEqualTo(correction);
    }

    /** Two lists that both got past submission (a race): neither is published until the other is withdrawn. */
    @Test
    void publishingIsRefusedWhileAnotherListOfTheBatchIsApprovedUntilThatOneIsWithdrawn() {
        String batch = "第十四批（并发）";
        String first = listWithRoster(WULONG, "五龙街道", batch, WULONG_OFFICE);
        String second = listWithRoster(WULONG, "五龙街道", batch, WULONG_OFFICE);
        api.review(first);
        forceStatus(second, NoticeStatus.APPROVED);

        api.post(REVIEWER, first, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.batch')].reason")
                .value(r -> assertThat(r.toString()).contains(second).contains("审核通过"));
        api.publicDetail(first).expectStatus().isNotFound();

        api.post(EDITOR, second, "withdraw", java.util.Map.of("reason", "与另一份名单重复，撤回")).expectStatus().isOk();
        api.post(REVIEWER, first, "publish").expectStatus().isOk();
        forceStatus(second, NoticeStatus.APPROVED);
        api.post(REVIEWER, second, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.batch')].reason")
                .value(r -> assertThat(r.toString()).contains(first).contains("已发布"));
    }

    private String listWithRoster(String region, String street, String batch, String office) {
        String id = api.create(HousingApi.eligibleList(region, street, batch));
        api.upload(office, id, HousingApi.eligibleCsv()).expectStatus().isCreated();
        return id;
    }

    private void forceStatus(String id, NoticeStatus status) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("status", status), Notice.class)
                .block();
    }
}

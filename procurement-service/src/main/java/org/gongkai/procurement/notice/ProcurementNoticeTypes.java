package org.gongkai.procurement.notice;

import org.gongkai.core.notice.NoticeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The procurement sector's notice types; catalogue rows in config/repo/procurement.yml refer to these codes. */
@Configuration(proxyBeanMethods = false)
public class ProcurementNoticeTypes {

    public static final String TENDER = "TENDER_ANNOUNCEMENT";
    public static final String CANDIDATES = "CANDIDATE_PUBLICITY";
    public static final String AWARD = "AWARD_RESULT";
    public static final String CONTRACT = "CONTRACT_ANNOUNCEMENT";

    @Bean
    NoticeType tenderAnnouncement() {
        return new NoticeType(TENDER, "招标公告", ProcurementPayloads.TenderAnnouncement.class);
    }

    @Bean
    NoticeType candidatePublicity() {
        return new NoticeType(CANDIDATES, "中标候选人公示", ProcurementPayloads.CandidatePublicity.class);
    }

    @Bean
    NoticeType awardResult() {
        return new NoticeType(AWARD, "中标结果公告", ProcurementPayloads.AwardResult.class);
    }

    @Bean
    NoticeType contractAnnouncement() {
        return new NoticeType(CONTRACT, "合同公告", ProcurementPayloads.ContractAnnouncement.class);
    }
}

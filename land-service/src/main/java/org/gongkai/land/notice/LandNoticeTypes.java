package org.gongkai.land.notice;

import org.gongkai.core.notice.NoticeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The land sector's notice types; catalogue rows in config/repo/land.yml refer to these codes. */
@Configuration(proxyBeanMethods = false)
public class LandNoticeTypes {

    public static final String COMPENSATION_PLAN = "COMPENSATION_PLAN";

    @Bean
    NoticeType preAnnouncement() {
        return new NoticeType("PRE_ANNOUNCEMENT", "征收土地预公告", LandPayloads.PreAnnouncement.class);
    }

    @Bean
    NoticeType surveyResult() {
        return new NoticeType("SURVEY_RESULT", "现状调查结果确认", LandPayloads.SurveyResult.class);
    }

    @Bean
    NoticeType compensationPlan() {
        return new NoticeType(COMPENSATION_PLAN, "征地补偿安置方案公告", LandPayloads.CompensationPlan.class);
    }

    @Bean
    NoticeType acquisitionAnnouncement() {
        return new NoticeType("ACQUISITION_ANNOUNCEMENT", "征收土地公告", LandPayloads.AcquisitionAnnouncement.class);
    }

    @Bean
    NoticeType approval() {
        return new NoticeType("APPROVAL", "征地批文", LandPayloads.Approval.class);
    }

    @Bean
    NoticeType compensationDetails() {
        return new NoticeType("COMPENSATION_DETAILS", "征地补偿明细", LandPayloads.CompensationDetails.class);
    }

    @Bean
    NoticeType expropriationPlanConsultation() {
        return new NoticeType("EXPROPRIATION_PLAN_CONSULTATION", "征收补偿方案征求意见",
                LandPayloads.ExpropriationPlanConsultation.class);
    }

    @Bean
    NoticeType expropriationDecision() {
        return new NoticeType("EXPROPRIATION_DECISION", "房屋征收决定", LandPayloads.ExpropriationDecision.class);
    }

    @Bean
    NoticeType householdCompensation() {
        return new NoticeType("HOUSEHOLD_COMPENSATION", "分户补偿情况", LandPayloads.HouseholdCompensation.class);
    }
}

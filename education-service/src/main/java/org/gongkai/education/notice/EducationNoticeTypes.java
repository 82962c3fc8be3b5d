package org.gongkai.education.notice;

import org.gongkai.core.notice.NoticeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The education sector's notice types; catalogue rows in config/repo/education.yml refer to these codes. */
@Configuration(proxyBeanMethods = false)
public class EducationNoticeTypes {

    public static final String SCHOOL_DISTRICT = "SCHOOL_DISTRICT";
    public static final String ENROLLMENT_POLICY = "ENROLLMENT_POLICY";
    public static final String PLACEMENT_RESULT = "PLACEMENT_RESULT";
    public static final String BOARDING_SUBSIDY_LIST = "BOARDING_SUBSIDY_LIST";

    @Bean
    NoticeType schoolDistrict() {
        return new NoticeType(SCHOOL_DISTRICT, "学区划分", EducationPayloads.SchoolDistrict.class);
    }

    @Bean
    NoticeType enrollmentPolicy() {
        return new NoticeType(ENROLLMENT_POLICY, "招生入学政策", EducationPayloads.EnrollmentPolicy.class);
    }

    @Bean
    NoticeType placementResult() {
        return new NoticeType(PLACEMENT_RESULT, "阳光分班结果", EducationPayloads.PlacementResult.class);
    }

    @Bean
    NoticeType boardingSubsidyList() {
        return new NoticeType(BOARDING_SUBSIDY_LIST, "贫困住宿生生活补助名单", EducationPayloads.BoardingSubsidyList.class);
    }
}

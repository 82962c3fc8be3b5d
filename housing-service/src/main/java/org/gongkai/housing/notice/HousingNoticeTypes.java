package org.gongkai.housing.notice;

import org.gongkai.core.notice.NoticeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The housing sector's notice types; catalogue rows in config/repo/housing.yml refer to these codes. */
@Configuration(proxyBeanMethods = false)
public class HousingNoticeTypes {

    public static final String ELIGIBLE_LIST = "ELIGIBLE_LIST";
    public static final String LOTTERY_RESULT = "LOTTERY_RESULT";
    public static final String SUBSIDY_LIST = "SUBSIDY_LIST";

    @Bean
    NoticeType eligibleList() {
        return new NoticeType(ELIGIBLE_LIST, "实物配租抽签家庭名单公示", HousingPayloads.EligibleList.class);
    }

    @Bean
    NoticeType lotteryResult() {
        return new NoticeType(LOTTERY_RESULT, "实物配租抽签结果", HousingPayloads.LotteryResult.class);
    }

    @Bean
    NoticeType subsidyList() {
        return new NoticeType(SUBSIDY_LIST, "住房租赁补贴家庭名单公示", HousingPayloads.SubsidyList.class);
    }
}

package org.gongkai.relief.notice;

import org.gongkai.core.notice.NoticeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relief sector's notice types; catalogue rows in config/repo/relief.yml refer to these codes. */
@Configuration(proxyBeanMethods = false)
public class ReliefNoticeTypes {

    public static final String ROSTER = "RELIEF_ROSTER";
    public static final String FUNDS = "RELIEF_FUNDS";

    @Bean
    NoticeType reliefRoster() {
        return new NoticeType(ROSTER, "受灾人员冬春生活救助对象名单", ReliefPayloads.ReliefRoster.class);
    }

    @Bean
    NoticeType reliefFunds() {
        return new NoticeType(FUNDS, "救助资金发放情况", ReliefPayloads.ReliefFunds.class);
    }
}

package org.gongkai.core.objection;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongkai.objections.*}: how many objections one client (by address) and one notice take per clock hour,
 * and which proxies' {@code X-Forwarded-For} is believed (the gateway's address; loopback by default).
 */
@ConfigurationProperties("gongkai.objections")
record ObjectionLimits(
        @DefaultValue("10") int perClientPerHour,
        @DefaultValue("200") int perNoticePerHour,
        @DefaultValue({"127.0.0.1", "0:0:0:0:0:0:0:1"}) List<String> trustedProxies) {
}

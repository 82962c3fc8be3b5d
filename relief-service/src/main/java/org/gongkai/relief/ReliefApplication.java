package org.gongkai.relief;

import org.gongkai.core.sector.SectorService;
import org.springframework.boot.SpringApplication;

/** Disaster relief (受灾人员救助): village rosters, the village → street → civil-affairs review chain, funds. */
@SectorService
public class ReliefApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReliefApplication.class, args);
    }
}

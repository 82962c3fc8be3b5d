package org.gongkai.housing;

import org.gongkai.core.sector.SectorService;
import org.springframework.boot.SpringApplication;

/** Affordable housing (保障性住房): eligible-family lists, notarized lottery results, rental-subsidy lists. */
@SectorService
public class HousingApplication {

    public static void main(String[] args) {
        SpringApplication.run(HousingApplication.class, args);
    }
}

package org.gongkai.procurement;

import org.gongkai.core.sector.SectorService;
import org.springframework.boot.SpringApplication;

/** Public procurement (公共资源交易): tenders, winning candidates, awards and contracts, exported as OCDS. */
@SectorService
public class ProcurementApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProcurementApplication.class, args);
    }
}

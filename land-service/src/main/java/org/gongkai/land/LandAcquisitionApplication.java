package org.gongkai.land;

import org.gongkai.core.sector.SectorService;
import org.springframework.boot.SpringApplication;

/** Land acquisition (征地) and house expropriation on state land (国有土地上房屋征收) notices. */
@SectorService
public class LandAcquisitionApplication {

    public static void main(String[] args) {
        SpringApplication.run(LandAcquisitionApplication.class, args);
    }
}

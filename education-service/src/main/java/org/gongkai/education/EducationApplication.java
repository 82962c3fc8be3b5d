package org.gongkai.education;

import org.gongkai.core.sector.SectorService;
import org.springframework.boot.SpringApplication;

/** Compulsory education (义务教育): school districts, enrollment policy, placement lotteries, boarding subsidies. */
@SectorService
public class EducationApplication {

    public static void main(String[] args) {
        SpringApplication.run(EducationApplication.class, args);
    }
}

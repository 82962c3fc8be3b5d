package org.gongkai.procurement.tender;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tells an editor drafting a tender the earliest lawful bid deadline for a given issue date. */
@RestController
class BiddingTimeController {

    private final BiddingTime biddingTime;
    private final Clock clock;

    BiddingTimeController(BiddingTime biddingTime, Clock clock) {
        this.biddingTime = biddingTime;
        this.clock = clock;
    }

    record EarliestDeadline(LocalDate issuedOn, int minimumDays, LocalDate earliestBidDeadline, String basis) {
    }

    @GetMapping("/api/${gongkai.sector.name}/public/tenders/earliest-bid-deadline")
    EarliestDeadline earliest(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate issuedOn) {
        LocalDate issued = issuedOn == null ? LocalDate.now(clock) : issuedOn;
        return new EarliestDeadline(issued, biddingTime.minimumDays(), biddingTime.earliestDeadline(issued),
                "《中华人民共和国招标投标法》第二十四条");
    }
}

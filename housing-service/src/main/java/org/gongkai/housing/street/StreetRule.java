package org.gongkai.housing.street;

import java.util.List;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Housing lists are published street by street: the notice's region must be a street's 12-digit code, so that
 * only that street's office (whose token region covers it) can upload its roster, and the payload names the
 * same street.
 */
@Component
class StreetRule implements NoticeRules {

    private final HousingProperties housing;
    private final StreetBatchLists lists;

    StreetRule(HousingProperties housing, StreetBatchLists lists) {
        this.housing = housing;
        this.lists = lists;
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        return housing.streetName(notice.region()).map(name -> sameStreet(notice, name))
                .orElseGet(() -> List.of(FieldProblem.of("region",
                        "住房保障名单按街道公示，所属区划应为街道的12位代码（" + String.join("、", housing.streets().keySet())
                                + "），不能是「" + notice.region() + "」")));
    }

    private List<FieldProblem> sameStreet(Notice notice, String name) {
        String street = lists.streetAndBatch(notice).street();
        if (street == null || street.isBlank() || name.equals(street.strip())) {
            return List.of();
        }
        return List.of(FieldProblem.of("payload.street",
                "街道「" + street + "」与所属区划「" + notice.region() + "」（" + name + "）不一致"));
    }
}

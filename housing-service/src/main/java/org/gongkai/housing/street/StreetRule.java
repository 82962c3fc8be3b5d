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

    StreetRule(HousingProperties housing) {
        this.housing = housing;
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        return housing.streetName(notice.region()).map(name -> sameStreet(notice, name))
                .orElseGet(() -> List.of(FieldProblem.of("region",
                        "住房保障名单按街道公示，所属区划应为街道的12位代码（" + String.join("、", housing.streets().keySet())
                                + "），不能是「" + notice.region() + "」")));
    }

    private static List<FieldProblem> sameStreet(Notice notice, String name) {
        Object street = notice.payload().get("street");
        if (street == null || street.toString().isBlank() || name.equals(street.toString().strip())) {
            return List.of();
        }
        return List.of(FieldProblem.of("payload.street",
                "街道「" + street + "」与所属区划「" + notice.region() + "」（" + name + "）不一致"));
    }
}

package org.gongkai.core.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.springframework.stereotype.Component;

/** The sector's notice types, checked at start-up against the catalogue so a row never names an unknown type. */
@Component
public class NoticeTypes {

    private final Map<String, NoticeType> byCode = new LinkedHashMap<>();

    public NoticeTypes(List<NoticeType> types, Catalog catalog) {
        types.forEach(t -> byCode.put(t.code(), t));
        for (CatalogRow row : catalog.rows()) {
            if (!byCode.containsKey(row.noticeType())) {
                throw new IllegalStateException("catalogue row " + row.code() + " names notice type "
                        + row.noticeType() + ", which this sector does not define; known: " + byCode.keySet());
            }
        }
    }

    public Optional<NoticeType> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public NoticeType require(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("unknown notice type " + code));
    }

    public List<NoticeType> all() {
        return List.copyOf(byCode.values());
    }
}

package org.gongkai.core.catalog;

import java.util.List;
import org.gongkai.core.notice.NoticeTypes;
import org.gongkai.core.sector.SectorProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sector's standard catalogue and notice types, as configured; the gateway merges these across sectors. */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/public")
class CatalogController {

    private final Catalog catalog;
    private final NoticeTypes types;
    private final SectorProperties sector;

    public CatalogController(Catalog catalog, NoticeTypes types, SectorProperties sector) {
        this.catalog = catalog;
        this.types = types;
        this.sector = sector;
    }

    public record SectorCatalog(String sector, String displayName, String publisher, List<CatalogRow> rows,
            List<TypeInfo> types) {
    }

    public record TypeInfo(String code, String name) {
    }

    @GetMapping("/catalog")
    SectorCatalog catalog() {
        return new SectorCatalog(sector.name(), sector.displayName(), sector.publisher(), catalog.rows(),
                types.all().stream().map(t -> new TypeInfo(t.code(), t.name())).toList());
    }

}

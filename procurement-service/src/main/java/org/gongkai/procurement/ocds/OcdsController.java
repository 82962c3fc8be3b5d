package org.gongkai.procurement.ocds;

import org.gongkai.procurement.ocds.Ocds.RecordPackage;
import org.gongkai.procurement.ocds.Ocds.ReleasePackage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Anonymous OCDS 1.1 export of one contracting process, by its project code. */
@RestController
@RequestMapping(value = "/api/${gongkai.sector.name}" + OcdsExport.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class OcdsController {

    private final OcdsExport export;

    OcdsController(OcdsExport export) {
        this.export = export;
    }

    @GetMapping("/releases/{projectCode}")
    Mono<ReleasePackage> releases(@PathVariable String projectCode) {
        return export.releasePackage(projectCode);
    }

    @GetMapping("/records/{projectCode}")
    Mono<RecordPackage> records(@PathVariable String projectCode) {
        return export.recordPackage(projectCode);
    }
}

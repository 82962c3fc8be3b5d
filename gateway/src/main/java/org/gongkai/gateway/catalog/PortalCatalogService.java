package org.gongkai.gateway.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.gateway.portal.SectorAnswer;
import org.gongkai.gateway.portal.SectorClient;
import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.portal.SectorStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Gathers every sector's catalogue in parallel and merges the rows in sector order, then row order. */
@Service
public class PortalCatalogService {

    private final SectorClients clients;

    public PortalCatalogService(SectorClients clients) {
        this.clients = clients;
    }

    public Mono<PortalCatalog> catalog(CatalogQuery query) {
        List<SectorClient> selected = clients.select(query.sectors());
        return Flux.fromIterable(selected)
                .flatMapSequential(SectorClient::catalog)
                .collectList()
                .map(answers -> merge(answers, selected, query));
    }

    private static PortalCatalog merge(List<SectorAnswer<JsonNode>> answers, List<SectorClient> selected,
            CatalogQuery query) {
        List<JsonNode> rows = new ArrayList<>();
        Map<String, SectorStatus> statuses = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            SectorAnswer<JsonNode> answer = answers.get(i);
            statuses.put(answer.sector(), answer.status());
            if (!answer.hasValue()) {
                continue;
            }
            String sectorName = answer.value().path("displayName").asString(selected.get(i).title());
            for (JsonNode row : answer.value().path("rows")) {
                if (matches(row, "level", query.level()) && matches(row, "audience", query.audience())) {
                    ObjectNode tagged = JsonNodeFactory.instance.objectNode();
                    tagged.put("sector", answer.sector());
                    tagged.put("sectorName", sectorName);
                    row.properties().forEach(field -> tagged.set(field.getKey(), field.getValue()));
                    rows.add(tagged);
                }
            }
        }
        return new PortalCatalog(rows, statuses);
    }

    private static boolean matches(JsonNode row, String field, String wanted) {
        return wanted == null || wanted.equals(row.path(field).asString(""));
    }
}

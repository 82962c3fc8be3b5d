package org.gongkai.procurement.ocds;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.gongkai.core.notice.PublicChange;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.procurement.ProcurementProperties;
import org.gongkai.procurement.notice.ProjectNotices;
import org.gongkai.procurement.ocds.Ocds.Publisher;
import org.gongkai.procurement.ocds.Ocds.Record;
import org.gongkai.procurement.ocds.Ocds.RecordPackage;
import org.gongkai.procurement.ocds.Ocds.Release;
import org.gongkai.procurement.ocds.Ocds.ReleasePackage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contracting process (every public notice with one {@code projectCode}) as an OCDS release package and record
 * package. Built on demand from the published notices, so it can never disagree with them; cached per project and
 * dropped on any public change, because the embedded store scans on every query.
 */
@Service
public class OcdsExport {

    /** Under the sector's API path. */
    static final String PATH = "/public/ocds";

    private final ProjectNotices projects;
    private final OcdsReleases releases;
    private final JsonMapper json;
    private final ProcurementProperties.Ocds settings;
    private final SectorProperties sector;
    private final AsyncCache<String, List<Release>> cache = Caffeine.newBuilder()
            .maximumSize(500).expireAfterWrite(Duration.ofMinutes(10)).buildAsync();

    public OcdsExport(ProjectNotices projects, OcdsReleases releases, JsonMapper json,
            ProcurementProperties properties, SectorProperties sector) {
        this.projects = projects;
        this.releases = releases;
        this.json = json;
        this.settings = properties.ocds();
        this.sector = sector;
    }

    public Mono<ReleasePackage> releasePackage(String projectCode) {
        return releasesOf(projectCode).map(list -> new ReleasePackage(releasesUri(projectCode), Ocds.VERSION,
                settings.extensions(), latest(list), publisher(), settings.license(), list));
    }

    public Mono<RecordPackage> recordPackage(String projectCode) {
        return releasesOf(projectCode).map(list -> {
            String ocid = releases.ocid(projectCode);
            List<JsonNode> trees = list.stream().map(r -> (JsonNode) json.valueToTree(r)).toList();
            Record record = new Record(ocid, list, CompiledRelease.of(ocid, trees));
            return new RecordPackage(settings.publicBaseUrl() + sector.apiPath() + PATH + "/records/" + projectCode, Ocds.VERSION,
                    settings.extensions(), latest(list), publisher(), settings.license(),
                    List.of(releasesUri(projectCode)), List.of(record));
        });
    }

    @EventListener
    void onPublicChange(PublicChange change) {
        cache.synchronous().invalidateAll();
    }

    private Mono<List<Release>> releasesOf(String projectCode) {
        return Mono.fromFuture(() -> cache.get(projectCode, (code, executor) -> load(code).toFuture()))
                .filter(list -> !list.isEmpty())
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("没有项目编号为" + projectCode + "的公开采购信息")));
    }

    private Mono<List<Release>> load(String projectCode) {
        return projects.publicNotices(projectCode).flatMapIterable(releases::of)
                .sort(Comparator.comparing(Release::date).thenComparing(Release::id)).collectList();
    }

    private String releasesUri(String projectCode) {
        return settings.publicBaseUrl() + sector.apiPath() + PATH + "/releases/" + projectCode;
    }

    private Publisher publisher() {
        return new Publisher(sector.publisher());
    }

    /** Generated on demand, so the package date is that of the last change it contains. */
    private static String latest(List<Release> list) {
        return list.get(list.size() - 1).date();
    }
}

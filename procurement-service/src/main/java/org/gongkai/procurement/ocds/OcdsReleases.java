package org.gongkai.procurement.ocds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.core.notice.AuditEntry;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.time.Zones;
import org.gongkai.procurement.ProcurementProperties;
import org.gongkai.procurement.notice.ProcurementNoticeTypes;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.procurement.notice.ProcurementPayloads.AwardResult;
import org.gongkai.procurement.notice.ProcurementPayloads.Candidate;
import org.gongkai.procurement.notice.ProcurementPayloads.CandidatePublicity;
import org.gongkai.procurement.notice.ProcurementPayloads.Category;
import org.gongkai.procurement.notice.ProcurementPayloads.ContractAnnouncement;
import org.gongkai.procurement.notice.ProcurementPayloads.Method;
import org.gongkai.procurement.notice.ProcurementPayloads.Organisation;
import org.gongkai.procurement.notice.ProcurementPayloads.TenderAnnouncement;
import org.gongkai.procurement.ocds.Ocds.Award;
import org.gongkai.procurement.ocds.Ocds.Contract;
import org.gongkai.procurement.ocds.Ocds.Milestone;
import org.gongkai.procurement.ocds.Ocds.OrganizationReference;
import org.gongkai.procurement.ocds.Ocds.Party;
import org.gongkai.procurement.ocds.Ocds.Period;
import org.gongkai.procurement.ocds.Ocds.Release;
import org.gongkai.procurement.ocds.Ocds.Tender;
import org.gongkai.procurement.ocds.Ocds.Value;
import org.springframework.stereotype.Component;

/**
 * One published notice as OCDS releases: the release of its publication (a tender, a pending award for the
 * winning candidates, an active award, a contract; a correction is the matching amendment or update), and, when it
 * was withdrawn, the cancellation that followed. Awards are identified by lot, parties by name, so the releases of
 * one process compile into one record.
 */
@Component
class OcdsReleases {

    private final PayloadReader payloads;
    private final ProcurementProperties.Ocds settings;

    OcdsReleases(PayloadReader payloads, ProcurementProperties properties) {
        this.payloads = payloads;
        this.settings = properties.ocds();
    }

    String ocid(String projectCode) {
        return settings.ocidPrefix() + projectCode;
    }

    List<Release> of(Notice notice) {
        List<Release> releases = new ArrayList<>();
        publication(notice).ifPresent(releases::add);
        if (notice.status() == NoticeStatus.WITHDRAWN && !releases.isEmpty()) {
            releases.add(withdrawal(notice, releases.get(0)));
        }
        return releases;
    }

    private Optional<Release> publication(Notice notice) {
        boolean first = notice.revision() == 1;
        return switch (notice.type()) {
            case ProcurementNoticeTypes.TENDER -> payloads.read(notice, TenderAnnouncement.class)
                    .map(t -> tender(notice, t, first ? "tender" : "tenderAmendment"));
            case ProcurementNoticeTypes.CANDIDATES -> payloads.read(notice, CandidatePublicity.class)
                    .map(c -> candidates(notice, c, first ? "award" : "awardUpdate"));
            case ProcurementNoticeTypes.AWARD -> payloads.read(notice, AwardResult.class)
                    .map(a -> award(notice, a, first ? "award" : "awardUpdate"));
            case ProcurementNoticeTypes.CONTRACT -> payloads.read(notice, ContractAnnouncement.class)
                    .map(c -> contract(notice, c, first ? "contract" : "contractUpdate"));
            default -> Optional.empty();
        };
    }

    private Release tender(Notice notice, TenderAnnouncement t, String tag) {
        List<Party> parties = new ArrayList<>();
        Organisation procuring = t.agency() == null ? t.buyer() : t.agency();
        parties.add(party(t.buyer(), t.agency() == null ? List.of("buyer", "procuringEntity") : List.of("buyer")));
        if (t.agency() != null) {
            parties.add(party(t.agency(), List.of("procuringEntity")));
        }
        LocalDate issuedOn = notice.requestedStart() != null ? notice.requestedStart()
                : notice.publishedAt().atZone(Zones.SHANGHAI).toLocalDate();
        List<Ocds.Lot> lots = t.lots().stream()
                .map(lot -> new Ocds.Lot(lot.code(), lot.name(), "active", Value.cny(lot.budget()))).toList();
        String eligibility = t.qualification() + (Boolean.TRUE.equals(t.consortiumAccepted()) ? "（接受联合体投标）"
                : "（不接受联合体投标）");
        Tender tender = new Tender(t.projectCode(), t.projectName(), t.scope(), "active", reference(procuring),
                Value.cny(t.budget()), method(t.procurementMethod()), t.procurementMethod().displayName(),
                category(t.category()), eligibility, t.submissionMethod() + "。获取招标文件：" + t.documentsObtain(),
                new Period(OcdsDates.of(issuedOn), OcdsDates.of(t.bidDeadline())), null,
                List.of(new Milestone("bid-opening", "开标", "engagement", t.bidOpeningPlace(),
                        OcdsDates.of(t.bidOpening()))), lots);
        return release(notice, t.projectCode(), tag, parties, reference(t.buyer()), tender, null, null);
    }

    private Release candidates(Notice notice, CandidatePublicity c, String tag) {
        List<Candidate> ranked = c.candidates().stream().sorted(Comparator.comparing(Candidate::rank)).toList();
        List<Party> parties = ranked.stream().map(x -> party(new Organisation(x.name(), x.creditCode(), null, null),
                List.of("tenderer"))).toList();
        List<OrganizationReference> tenderers = ranked.stream().map(x -> reference(x.name())).toList();
        String ranking = ranked.stream().map(x -> "第" + x.rank() + "中标候选人：" + x.name() + "，投标报价"
                + yuan(x.bidAmount()) + "元").collect(Collectors.joining("；"));
        Award pending = new Award(awardId(c.lotCode()), "标段（包）" + c.lotCode() + "中标候选人公示", ranking, "pending",
                null, Value.cny(ranked.get(0).bidAmount()), null, List.of(c.lotCode()));
        Tender tender = new Tender(c.projectCode(), null, null, null, null, null, null, null, null, null, null, null,
                tenderers, null, null);
        return release(notice, c.projectCode(), tag, parties, null, tender, List.of(pending), null);
    }

    private Release award(Notice notice, AwardResult a, String tag) {
        Award award = new Award(awardId(a.lotCode()), "标段（包）" + a.lotCode() + "中标结果", null, "active",
                OcdsDates.of(a.determinationDate()), Value.cny(a.amount()), List.of(reference(a.winner().name())),
                List.of(a.lotCode()));
        return release(notice, a.projectCode(), tag, List.of(party(a.winner(), List.of("tenderer", "supplier"))),
                null, null, List.of(award), null);
    }

    private Release contract(Notice notice, ContractAnnouncement c, String tag) {
        Period period = c.performanceStart() == null && c.performanceEnd() == null ? null
                : new Period(OcdsDates.of(c.performanceStart()), OcdsDates.endOf(c.performanceEnd()));
        Contract contract = new Contract(c.contractNumber(), awardId(c.lotCode()), c.contractName(),
                c.subjectMatter(), "active", period, Value.cny(c.amount()), OcdsDates.of(c.signingDate()));
        return release(notice, c.projectCode(), tag, null, null, null, null, List.of(contract));
    }

    /** The cancellation that follows a withdrawn notice: the same tender, award or contract, now cancelled. */
    private Release withdrawal(Notice notice, Release published) {
        Instant at = notice.history().stream().filter(h -> h.to() == NoticeStatus.WITHDRAWN)
                .map(AuditEntry::at).reduce((first, later) -> later).orElse(notice.updatedAt());
        String id = notice.id() + "-withdrawn";
        String date = OcdsDates.of(at);
        if (published.tender() != null && published.awards() == null) {
            return new Release(published.ocid(), id, date, List.of("tenderCancellation"), "tender", "zh", null,
                    null, Tender.status(published.tender().id(), "cancelled"), null, null);
        }
        if (published.awards() != null) {
            Award cancelled = new Award(published.awards().get(0).id(), null, null, "cancelled", null, null, null,
                    null);
            return new Release(published.ocid(), id, date, List.of("awardCancellation"), "tender", "zh", null, null,
                    null, List.of(cancelled), null);
        }
        Contract original = published.contracts().get(0);
        Contract cancelled = new Contract(original.id(), original.awardID(), null, null, "cancelled", null, null,
                null);
        return new Release(published.ocid(), id, date, List.of("contractUpdate"), "tender", "zh", null, null, null,
                null, List.of(cancelled));
    }

    private Release release(Notice notice, String projectCode, String tag, List<Party> parties,
            OrganizationReference buyer, Tender tender, List<Award> awards, List<Contract> contracts) {
        return new Release(ocid(projectCode), notice.id(), OcdsDates.of(notice.publishedAt()), List.of(tag),
                "tender", "zh", parties, buyer, tender, awards, contracts);
    }

    private Party party(Organisation org, List<String> roles) {
        Ocds.Identifier identifier = org.creditCode() == null ? null
                : new Ocds.Identifier(settings.organizationScheme(), org.creditCode(), org.name());
        Ocds.Address address = org.address() == null ? null : new Ocds.Address(org.address(), "中国");
        Ocds.ContactPoint contact = org.contact() == null ? null : new Ocds.ContactPoint(org.contact());
        return new Party(partyId(org.name()), org.name(), identifier, address, contact, roles);
    }

    private static OrganizationReference reference(Organisation org) {
        return reference(org.name());
    }

    private static OrganizationReference reference(String name) {
        return new OrganizationReference(partyId(name), name);
    }

    /** By name, so a party named in several notices of the process (with or without a code) is one party. */
    static String partyId(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.trim().getBytes(StandardCharsets.UTF_8));
            return "org-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String awardId(String lotCode) {
        return "award-" + lotCode;
    }

    /** OCDS's closed method codelist: open, selective (suppliers chosen or invited), direct (single source). */
    static String method(Method method) {
        return switch (method) {
            case OPEN_TENDER -> "open";
            case INVITED_TENDER, COMPETITIVE_NEGOTIATION, COMPETITIVE_CONSULTATION, INQUIRY -> "selective";
            case SINGLE_SOURCE -> "direct";
        };
    }

    static String category(Category category) {
        return switch (category) {
            case WORKS -> "works";
            case GOODS -> "goods";
            case SERVICES -> "services";
        };
    }
}

package org.gongkai.procurement.ocds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The parts of the Open Contracting Data Standard 1.1 (release-schema.json, release- and record-package schemas)
 * this service publishes. Empty parts are left out, as the standard asks. Dates are RFC 3339 strings with the
 * Asia/Shanghai offset.
 */
public final class Ocds {

    public static final String VERSION = "1.1";

    private Ocds() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Release(String ocid, String id, String date, List<String> tag, String initiationType,
            String language, List<Party> parties, OrganizationReference buyer, Tender tender, List<Award> awards,
            List<Contract> contracts) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Party(String id, String name, Identifier identifier, Address address, ContactPoint contactPoint,
            List<String> roles) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OrganizationReference(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Identifier(String scheme, String id, String legalName) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Address(String streetAddress, String countryName) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ContactPoint(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Value(BigDecimal amount, String currency) {

        public static Value cny(BigDecimal amount) {
            return amount == null ? null : new Value(amount, "CNY");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Period(String startDate, String endDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Milestone(String id, String title, String type, String description, String dueDate) {
    }

    /** A lot, as the OCDS lots extension defines it (tender.lots). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Lot(String id, String title, String status, Value value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Tender(String id, String title, String description, String status,
            OrganizationReference procuringEntity, Value value, String procurementMethod,
            String procurementMethodDetails, String mainProcurementCategory, String eligibilityCriteria,
            String submissionMethodDetails, Period tenderPeriod, List<OrganizationReference> tenderers,
            List<Milestone> milestones, List<Lot> lots) {

        public static Tender status(String id, String status) {
            return new Tender(id, null, null, status, null, null, null, null, null, null, null, null, null, null,
                    null);
        }
    }

    /** relatedLots comes from the lots extension. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Award(String id, String title, String description, String status, String date, Value value,
            List<OrganizationReference> suppliers, List<String> relatedLots) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Contract(String id, String awardID, String title, String description, String status,
            Period period, Value value, String dateSigned) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Publisher(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ReleasePackage(String uri, String version, List<String> extensions, String publishedDate,
            Publisher publisher, String license, List<Release> releases) {
    }

    /** A record: every release of the process, oldest first, and the compiled release (its current state). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Record(String ocid, List<Release> releases, JsonNode compiledRelease) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RecordPackage(String uri, String version, List<String> extensions, String publishedDate,
            Publisher publisher, String license, List<String> packages, List<Record> records) {
    }
}

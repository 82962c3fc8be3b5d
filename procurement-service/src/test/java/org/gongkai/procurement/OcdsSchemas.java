package org.gongkai.procurement;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URL;
import java.util.List;

/**
 * The official OCDS 1.1.5 JSON schemas (draft-04), vendored in the test resources ({@code ocds/1.1.5/}, with their
 * licence and source), with their canonical URLs mapped to those files so nothing is fetched.
 */
final class OcdsSchemas {

    static final String CANONICAL = "https://standard.open-contracting.org/schema/1__1__5/";
    static final String RELEASE_PACKAGE = "release-package-schema.json";
    static final String RECORD_PACKAGE = "record-package-schema.json";
    private static final String FOLDER = "/ocds/1.1.5/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(m -> m.mapPrefix(CANONICAL, directory())));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private OcdsSchemas() {
    }

    /** Every way {@code json} breaks the schema named {@code file}; empty when it is valid. */
    static List<String> violations(String file, String json) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(CANONICAL + file), CONFIG);
        return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::toString).sorted().toList();
    }

    /** The folder of the vendored schemas, as a URI the schema factory can read. */
    static String directory() {
        URL schema = OcdsSchemas.class.getResource(FOLDER + RELEASE_PACKAGE);
        if (schema == null) {
            throw new IllegalStateException("The vendored OCDS 1.1.5 schemas are missing from the test classpath: "
                    + FOLDER + RELEASE_PACKAGE + " (procurement-service/src/test/resources)");
        }
        String uri = schema.toString();
        return uri.substring(0, uri.length() - RELEASE_PACKAGE.length());
    }
}

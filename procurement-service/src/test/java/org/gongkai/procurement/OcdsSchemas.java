package org.gongkai.procurement;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official OCDS 1.1.5 JSON schemas (draft-04), read from shared/ocds-1.1.5 beside the repository (found by
 * walking up from the module), with their canonical URLs mapped to those files so nothing is fetched.
 */
final class OcdsSchemas {

    static final String CANONICAL = "https://standard.open-contracting.org/schema/1__1__5/";
    static final String RELEASE_PACKAGE = "release-package-schema.json";
    static final String RECORD_PACKAGE = "record-package-schema.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(m -> m.mapPrefix(CANONICAL, directory().toUri().toString())));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private OcdsSchemas() {
    }

    /** Every way {@code json} breaks the schema named {@code file}; empty when it is valid. */
    static List<String> violations(String file, String json) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(CANONICAL + file), CONFIG);
        return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::toString).sorted().toList();
    }

    static Path directory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("ocds-1.1.5");
            if (Files.isRegularFile(candidate.resolve(RELEASE_PACKAGE))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The official OCDS 1.1.5 schemas were not found: looked for "
                + "shared/ocds-1.1.5/" + RELEASE_PACKAGE + " in " + here + " and every folder above it. They live in "
                + "shared/ beside the repository (e.g. /work/shared/ocds-1.1.5 for /work/main).");
    }
}

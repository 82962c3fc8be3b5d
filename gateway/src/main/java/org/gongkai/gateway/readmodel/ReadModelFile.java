package org.gongkai.gateway.readmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read model on disk, so that a restart resumes each sector's change feed from its token instead of walking
 * every notice again over HTTP. The tokens are taken before the notices are copied, so the file never holds a token
 * past the notices it holds (a replay after it is harmless: versions). Written to a temporary file and moved into
 * place, so a crash mid-write leaves the previous file whole.
 */
final class ReadModelFile {

    static final int FORMAT = 1;

    record Saved(int format, Map<String, SectorSync.Saved> sectors, List<ModelEntry> notices) {
    }

    private final Path file;
    private final JsonMapper json;

    ReadModelFile(Path file, JsonMapper json) {
        this.file = file;
        this.json = json;
    }

    Path path() {
        return file;
    }

    void save(PortalReadModel model) throws IOException {
        Map<String, SectorSync.Saved> sectors = new LinkedHashMap<>();
        model.syncs().forEach(sync -> sectors.put(sync.sector(), sync.saved()));
        List<ModelEntry> notices = new ArrayList<>(model.entries());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                json.writeValue(out, new Saved(FORMAT, sectors, notices));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Loads the file into {@code model}; the number of notices, or -1 when there is no usable file. */
    int load(PortalReadModel model) throws IOException {
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        Saved saved;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            saved = json.readValue(in, Saved.class);
        }
        if (saved.format() != FORMAT || saved.sectors() == null || saved.notices() == null) {
            return -1;
        }
        saved.notices().forEach(model::apply);
        saved.sectors().forEach((sector, position) -> {
            SectorSync sync = model.sync(sector);
            if (sync != null && position != null) {
                sync.restore(position);
            }
        });
        return saved.notices().size();
    }
}

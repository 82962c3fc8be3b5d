package org.gongkai.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every sector module of the repository: a folder {@code <name>-service}, so a new sector needs no list here. */
public final class SectorModules {

    public static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final String SUFFIX = "-service";

    private SectorModules() {
    }

    /** The module folders, sorted: {@code education-service}, {@code housing-service}, … */
    public static List<String> modules() {
        try (Stream<Path> entries = Files.list(ROOT)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sector's name from its module folder: {@code land-service} → {@code land}. */
    public static String nameOf(String module) {
        return module.substring(0, module.length() - SUFFIX.length());
    }
}

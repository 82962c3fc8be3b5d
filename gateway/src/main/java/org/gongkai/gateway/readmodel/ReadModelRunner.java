package org.gongkai.gateway.readmodel;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gongkai.gateway.portal.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the read model with the gateway: loads the saved file, if any, then follows every sector's change feed;
 * saves the model every {@code save-every} when it changed, and once more on a clean shutdown.
 */
@Component
class ReadModelRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRunner.class);

    private final PortalReadModel model;
    private final ReadModelProperties properties;
    private final ReadModelFile file;
    private final List<ChangeFeedTail> tails;
    private ScheduledExecutorService saver;
    private volatile boolean running;
    private volatile long savedAt = -1;

    ReadModelRunner(PortalReadModel model, PortalProperties portal, ReadModelProperties properties,
            WebClient.Builder builder, JsonMapper json, Clock clock) {
        this.model = model;
        this.properties = properties;
        this.file = properties.file() == null ? null : new ReadModelFile(properties.file(), json);
        this.tails = portal.sectors().stream()
                .map(sector -> new ChangeFeedTail(sector, properties, model, builder, clock)).toList();
    }

    @Override
    public void start() {
        if (file != null) {
            long started = System.nanoTime();
            try {
                int notices = file.load(model);
                if (notices >= 0) {
                    log.info("read model: {} notices loaded from {} in {} ms", notices, file.path(),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                    savedAt = model.changeCount();
                }
            } catch (IOException | RuntimeException e) {
                log.warn("read model: {} could not be read ({}); loading every sector from its snapshot",
                        file.path(), e.toString());
                model.clear();
            }
            saver = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "read-model-save");
                thread.setDaemon(true);
                return thread;
            });
            long every = properties.saveEvery().toMillis();
            saver.scheduleWithFixedDelay(this::saveIfChanged, every, every, TimeUnit.MILLISECONDS);
        }
        tails.forEach(ChangeFeedTail::start);
        running = true;
    }

    @Override
    public void stop() {
        tails.forEach(ChangeFeedTail::stop);
        if (saver != null) {
            saver.shutdownNow();
            saveIfChanged();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void saveIfChanged() {
        long count = model.changeCount();
        if (file == null || count == savedAt) {
            return;
        }
        try {
            file.save(model);
            savedAt = count;
        } catch (IOException | RuntimeException e) {
            log.warn("read model: could not save {}: {}", file.path(), e.toString());
        }
    }
}

package org.gongkai.core.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;

/**
 * The H2 file backend commits its MVStore only once a second, so a process killed right after a write (a filed
 * objection, a published notice) would lose it. This one commits after every write command: nothing acknowledged
 * is lost. It costs a few milliseconds a write, which is fine for local runs; production uses MongoDB.
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document result = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase())) {
            commit();
        }
        return result;
    }
}

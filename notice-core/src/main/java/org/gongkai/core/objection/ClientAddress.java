package org.gongkai.core.objection;

import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a request came from: the peer's, unless the peer is a trusted proxy (the gateway), in which case the
 * right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy. A client cannot choose its
 * own address by sending the header straight to a sector.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(ServerHttpRequest request, List<String> trustedProxies) {
        String peer = address(request.getRemoteAddress());
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static String address(InetSocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}

package org.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the real processes show the network on their defaults: the config server, a sector and the gateway answer on
 * loopback and on no other address of the machine, and the config server gives nothing to a caller without its
 * account.
 */
class NetworkExposureTest {

    @RegisterExtension
    static final SuiteExtension suite = SuiteExtension.today("land").withSectorArguments("--gongkai.store.embedded=memory");

    @Test
    void noProcessAcceptsAConnectionOnAnAddressOtherThanLoopback() throws IOException {
        List<InetAddress> outside = reachableNonLoopbackAddresses();
        assumeFalse(outside.isEmpty(), "this machine has no non-loopback address a listener could be reached on");
        Map<String, Integer> ports = suite.runningPorts();
        assertThat(ports).containsOnlyKeys("config", "land", "gateway");

        ports.forEach((name, port) -> {
            assertThat(accepts(InetAddress.getLoopbackAddress(), port)).as("%s on loopback :%d", name, port).isTrue();
            for (InetAddress address : outside) {
                assertThat(accepts(address, port)).as("%s on %s:%d", name, address.getHostAddress(), port).isFalse();
            }
        });
    }

    @Test
    void theConfigServerRefusesAnAnonymousRequestAndServesItsAccount() throws Exception {
        for (String path : List.of("/application/default", "/application/prod", "/land/prod",
                "/land/dev", "/application/default/main/calendars/2026.json")) {
            assertThat(config(path, null).statusCode()).as("anonymous %s", path).isEqualTo(401);
            assertThat(config(path, "e2e-client:not-the-password").statusCode()).as("wrong password %s", path)
                    .isEqualTo(401);
            assertThat(config(path, suite.configUser() + ":" + suite.configPassword()).statusCode())
                    .as("with the account %s", path).isEqualTo(200);
        }
    }

    @Test
    void theSectorReadItsConfigurationAndCalendarsWithTheSuitesAccount() throws Exception {
        HttpResponse<String> calendar = suite.http().send(HttpRequest.newBuilder(
                        URI.create(suite.url("land") + "/actuator/health/calendar")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("\"years\":[2024,2025,2026]");

        HttpResponse<String> catalog = suite.send("GET", "/api/land/public/catalog", null, null);
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).contains("LAND-01");
    }

    private static HttpResponse<String> config(String path, String account) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.url("config") + path))
                .timeout(Duration.ofSeconds(10));
        if (account != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8)));
        }
        return suite.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The machine's own addresses other than loopback at which a listener on every interface is reached (this test
     * opens one to find out), so that a refusal there means the process chose loopback.
     */
    private static List<InetAddress> reachableNonLoopbackAddresses() throws IOException {
        List<InetAddress> candidates = NetworkInterface.networkInterfaces()
                .filter(NetworkExposureTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isAnyLocalAddress())
                .toList();
        try (ServerSocket everywhere = new ServerSocket(0)) {
            return candidates.stream().filter(address -> accepts(address, everywhere.getLocalPort())).toList();
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}

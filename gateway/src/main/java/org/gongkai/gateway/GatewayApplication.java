package org.gongkai.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        // Reactor Netty starts max(cores, 4) event loops; the gateway never blocks one, so one per core is enough
        // and on a small machine the extra threads only contend (measured in bench/). -D overrides it.
        if (System.getProperty("reactor.netty.ioWorkerCount") == null) {
            System.setProperty("reactor.netty.ioWorkerCount",
                    Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors())));
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}

package io.jingchu.hub.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo ledger, used only when {@code jingchu.demo=true}.
 *
 * @param resources how many resources to register (default 3,000)
 * @param seed the generator's seed; the same seed gives the same ledger
 * @param password the password of every demo account, printed at start
 */
@ConfigurationProperties("jingchu.demo-data")
record DemoSettings(@DefaultValue("3000") int resources, @DefaultValue("2023") long seed,
        @DefaultValue("Demo@2026") String password) {
}

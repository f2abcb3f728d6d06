package io.jingchu.hub.identity.internal;

import io.jingchu.hub.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On start, creates the administrator named in {@code jingchu.admin.*} if there is no administrator yet. */
@Component
@Order(FirstAdministrator.ORDER)
class FirstAdministrator implements ApplicationRunner {

    /** After the division tree is loaded, before demo data, which may want to act as an administrator. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 200;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AdminSettings settings;
    private final Administrators administrators;

    FirstAdministrator(AdminSettings settings, Administrators administrators) {
        this.settings = settings;
        this.administrators = administrators;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.configured()) {
            return;
        }
        if (settings.password() == null || settings.password().isEmpty()) {
            throw new IllegalStateException("jingchu.admin.username is set but jingchu.admin.password is not "
                    + "(JINGCHU_ADMIN_USERNAME / JINGCHU_ADMIN_PASSWORD)");
        }
        try {
            administrators.createFirst(settings.username(), settings.displayName(), settings.password().toCharArray())
                    .ifPresent(admin -> log.info("Created the first administrator '{}' from the settings", admin.username()));
        } catch (DomainException refused) {
            // a misconfiguration: better to stop now than to run without the administrator the operator expects
            throw new IllegalStateException("cannot create the administrator named in jingchu.admin.username: "
                    + refused.getMessage(), refused);
        }
    }
}

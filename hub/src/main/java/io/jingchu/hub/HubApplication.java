package io.jingchu.hub;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** 荆楚数据枢纽: the hub application, one deployable made of the modules below this package. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "common")
public class HubApplication {

    /**
     * Starts the hub, or with {@code admin …} as the first arguments runs that command against the hub's
     * database and exits with its status ({@code jingchu admin create --username NAME [--password-stdin]}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && "admin".equals(args[0])) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(HubApplication.class, args);
    }

    /**
     * Runs a one-off command without the web server: the application starts as usual (migrations included),
     * the command's runner (selected by {@code jingchu.command}) does its work, and the exit code is its
     * answer. Settings may follow as {@code --name=value}, as for the server.
     */
    static int runCommand(String... args) {
        SpringApplication app = new SpringApplication(HubApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of(
                "jingchu.command", args[0],
                "logging.level.root", "WARN"));
        return SpringApplication.exit(app.run(args));
    }
}

package io.jingchu.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** 荆楚数据枢纽: the hub application, one deployable made of the modules below this package. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "common")
public class HubApplication {

    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }
}

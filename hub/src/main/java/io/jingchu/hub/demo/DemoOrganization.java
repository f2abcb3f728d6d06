package io.jingchu.hub.demo;

import io.jingchu.hub.catalog.Theme;
import java.util.List;

/** An organization of the demo ledger: its code, name, division and the themes of data it keeps. */
public record DemoOrganization(String code, String name, String divisionCode, List<Theme> themes) {
}

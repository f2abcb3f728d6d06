package io.jingchu.hub.demo;

import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.ResourceDraft;

/** A generated resource and the lifecycle state the demo takes it to. */
public record DemoResource(ResourceDraft draft, LifecycleState target) {
}

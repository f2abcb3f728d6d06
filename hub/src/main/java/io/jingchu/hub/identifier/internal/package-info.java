/** The identifier module's listeners, store and resolution; nothing here is used from outside. */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.identifier.internal;

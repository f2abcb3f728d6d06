@org.jspecify.annotations.NullMarked
package io.jingchu.hub.portal.internal;

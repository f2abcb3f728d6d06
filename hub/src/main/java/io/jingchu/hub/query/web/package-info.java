@org.jspecify.annotations.NullMarked
package io.jingchu.hub.query.web;

package io.jingchu.hub.portal.web;

/** A link to a theme, division or organization with how many open datasets lie behind it. */
public record CountLink(String label, String url, long count) {
}

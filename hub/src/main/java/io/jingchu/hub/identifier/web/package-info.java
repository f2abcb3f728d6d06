/** Resolution of identifiers: the Handle.net JSON REST form under {@code /api/handles} and browser redirects under {@code /id}. */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.identifier.web;

/** Loading data over REST: chunked uploads, load jobs with server-sent progress, versions and reports. */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.ingest.web;

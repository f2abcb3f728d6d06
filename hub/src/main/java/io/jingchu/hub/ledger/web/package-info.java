/** The ledger's public REST endpoints under {@code /api/v1/ledger}. */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.ledger.web;

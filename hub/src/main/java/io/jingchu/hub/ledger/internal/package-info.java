/** The ledger's recorder, sequencer, stores and signing keys; nothing here is used from outside. */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.ledger.internal;

/**
 * 个人信息识别: detectors for personal information in loaded data (resident identity numbers, mainland
 * mobile numbers, bank card numbers), checked by their own structure and check digits, and a scanner that
 * reports what a column holds with masked samples only.
 */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.ingest.internal.pii;

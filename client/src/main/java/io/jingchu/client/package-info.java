/**
 * Plain-Java client of the Jingchu Data Hub REST API ({@code /api/v1}): {@link io.jingchu.client.JingchuClient}
 * and the records it returns; {@link io.jingchu.client.ResumableUpload} sends large files in chunks and resumes
 * an interrupted upload. No Spring; only {@code java.net.http} and Jackson. A refusal by the hub arrives
 * as a {@link io.jingchu.client.JingchuException} carrying the problem document; a hub that cannot be
 * reached as a {@link io.jingchu.client.HubUnreachableException}.
 */
package io.jingchu.client;

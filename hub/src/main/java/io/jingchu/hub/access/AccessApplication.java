package io.jingchu.hub.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 有条件开放申请: a user's application to read one conditionally open resource, and what became of it.
 *
 * @param organizationId the organization owning the resource when the application was made; its publishers
 *        decide
 * @param wishedUntil the last day the applicant asked to use the data, if it said
 * @param decidedAt when it was approved, refused or withdrawn
 * @param decidedBy who did that
 * @param decisionNote the approver's comment, or the reason of a refusal
 * @param expiresAt when an approval stops granting access; null for an approval without end
 * @param revocationReason why an approval was revoked
 */
public record AccessApplication(
        long id,
        String resourceCode,
        String resourceTitle,
        long organizationId,
        long applicantId,
        String applicant,
        String purpose,
        @Nullable LocalDate wishedUntil,
        ApplicationState state,
        Instant createdAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable String decisionNote,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String revocationReason) {

    public AccessApplication {
        Objects.requireNonNull(resourceCode, "resourceCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether it lets its applicant read the resource at this moment: approved, not revoked, not expired. */
    public boolean grantsAt(Instant now) {
        return state == ApplicationState.APPROVED && (expiresAt == null || now.isBefore(expiresAt));
    }
}

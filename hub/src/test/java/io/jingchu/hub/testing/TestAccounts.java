package io.jingchu.hub.testing;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.identity.internal.Administrators;
import io.jingchu.hub.identity.internal.ApiTokens;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/**
 * Uniquely named organizations and users for integration tests, made through the real identity module (so
 * passwords are hashed, roles stored, tokens real). Inject it into any {@link IntegrationTest}:
 *
 * <pre>{@code
 * @Autowired TestAccounts accounts;
 *
 * Organization bureau = accounts.organization(TestAccounts.YICHANG);
 * Caller publisher = accounts.publisher(bureau);
 * mvc.post().uri("/api/v1/resources").with(Callers.as(publisher))...   // act as a caller, no credentials
 * mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + accounts.token(publisher))...
 * mvc.get().uri("/api/v1/me").with(httpBasic(publisher.username(), TestAccounts.PASSWORD))...
 * }</pre>
 *
 * Every user gets the password {@link #PASSWORD}.
 */
@TestComponent
public class TestAccounts {

    /** The password of every user made here. */
    public static final String PASSWORD = "test-password-1";
    /** 湖北省 */
    public static final String HUBEI = "420000000000";
    /** 宜昌市, the default division of organizations made here. */
    public static final String YICHANG = "420500000000";
    /** 夷陵区, a county of 宜昌市. */
    public static final String YILING = "420506000000";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final IdentityApi identity;
    private final Administrators administrators;
    private final ApiTokens tokens;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private @Nullable Caller bureau;

    TestAccounts(IdentityApi identity, Administrators administrators, ApiTokens tokens) {
        this.identity = identity;
        this.administrators = administrators;
        this.tokens = tokens;
    }

    /** A new administrator (data bureau). */
    public Caller admin() {
        UserAccount admin = administrators.create(uniqueName("admin"), "测试管理员", PASSWORD.toCharArray());
        return admin.asCaller();
    }

    /** A new organization (e.g. a 市场监管局) in the given division, with a unique code and name. */
    public Organization organization(String divisionCode) {
        String code = uniqueName("org");
        return identity.createOrganization(bureau(), code, "测试单位 " + code, divisionCode);
    }

    /** A new organization in 宜昌市. */
    public Organization organization() {
        return organization(YICHANG);
    }

    /** A new PUBLISHER of the given organization. */
    public Caller publisher(Organization organization) {
        return user(Role.PUBLISHER, organization.id());
    }

    /** A new PUBLISHER of a new organization in 宜昌市. */
    public Caller publisher() {
        return publisher(organization());
    }

    public Caller consumer() {
        return user(Role.CONSUMER, null);
    }

    public Caller auditor() {
        return user(Role.AUDITOR, null);
    }

    /** A new user with this role; a PUBLISHER gets a new organization in 宜昌市. */
    public Caller user(Role role) {
        return switch (role) {
            case ADMIN -> admin();
            case PUBLISHER -> publisher();
            default -> user(role, null);
        };
    }

    /** A new user with these roles and organization (needed for a PUBLISHER). */
    public Caller user(Set<Role> roles, @Nullable Long organizationId) {
        String name = uniqueName(roles.iterator().next().name().toLowerCase(java.util.Locale.ROOT));
        UserAccount user = identity.createUser(bureau(), name, "测试用户 " + name, PASSWORD.toCharArray(), roles,
                organizationId);
        return user.asCaller();
    }

    /** A real API token of this caller (the {@code jct_…} string to send as {@code Authorization: Bearer …}). */
    public String token(Caller caller) {
        return tokens.issue(caller, "test", null).token();
    }

    /** A name no other test has used: {@code prefix-<run>-<n>}, valid as a user name and organization code. */
    public String uniqueName(String prefix) {
        return prefix + "-" + run + "-" + SEQUENCE.incrementAndGet();
    }

    /** The administrator that makes this helper's organizations and users, made once. */
    private synchronized Caller bureau() {
        if (bureau == null) {
            bureau = admin();
        }
        return bureau;
    }

    private Caller user(Role role, @Nullable Long organizationId) {
        return user(Set.of(role), organizationId);
    }
}

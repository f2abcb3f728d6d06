package io.jingchu.hub.identity.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id. The delegating encoder prefixes each hash with its algorithm
 * ({@code {argon2}$argon2id$v=19$...}), so a later change of algorithm or cost re-hashes old passwords at
 * their next login instead of locking anyone out.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ARGON2 = "argon2";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}

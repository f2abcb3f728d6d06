package io.jingchu.hub.portal.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of the web, in the portal's look and language. Spring Security handles the form's POST to the
 * same address ({@code identity.internal.WebSecurity}); it sends failures back here with {@code ?error}.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "portal/login";
    }
}

package io.jingchu.hub.portal.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the web's security sends a browser that was refused (a role that may not open a console page, a form
 * without its CSRF token): the portal's refusal page with {@code ACCESS_DENIED}, whatever the method was.
 */
@Controller
class DeniedController {

    @RequestMapping("/denied")
    @PreAuthorize("permitAll()")
    String denied() {
        throw DomainException.of(ErrorCode.ACCESS_DENIED);
    }
}

package dev.trellis.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin console at {@code /admin}: a static page ({@code static/admin/}) that needs no token
 * itself; the token pasted there goes with each call of the admin API, under that API's rules.
 * Outside {@code app.admin}, whose handlers all need a token.
 */
@Controller
class AdminConsoleController {

  @GetMapping({"/admin", "/admin/"})
  String console() {
    return "forward:/admin/index.html";
  }
}

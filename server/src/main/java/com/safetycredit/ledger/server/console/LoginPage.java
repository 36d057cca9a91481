package com.safetycredit.ledger.server.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's login form; Spring Security checks the credentials it posts. */
@ConsoleOnly
@Controller
public class LoginPage {

    @GetMapping("/login")
    public String login() {
        return "login";
    }
}

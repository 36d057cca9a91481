package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.server.security.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** For administrators: the accounts, their roles and departments (never a password), and a new account. */
@ConsoleOnly
@Controller
public class UsersPage {

    private final Accounts accounts;

    public UsersPage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/users")
    public String users(Model model) {
        model.addAttribute("accounts", accounts.list());
        return "users";
    }
}

package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.safetycredit.ledger.server.LedgerServerTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator's accounts in a real browser: a new account (a taken name refused in Chinese), an edit that
 * starts from the account's present roles, disabling it (its open session ends, it cannot sign in), enabling it,
 * a new password (the old one stops working), and their own account, which they cannot disable. Every post is
 * answered by a redirect to the list, which says what happened.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersConsoleBrowserTest {

    static final String CLERK = "browserclerk";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorCreatesEditsDisablesEnablesAndGivesANewPassword() throws Exception {
        browser.login("admin");
        browser.click(By.id("nav-users"));
        assertThat(browser.text(By.cssSelector("#accounts thead"))).contains("账号名称", "角色", "部门", "状态", "操作");

        // a new account
        browser.click(By.id("new-account"));
        browser.type(By.id("f-name"), CLERK);
        browser.type(By.id("f-password"), CLERK + "-password");
        browser.check(By.cssSelector("input[name='roles'][value='REGISTRAR']"));
        assertThat(browser.driver.findElements(By.cssSelector("#f-department-list option")).stream()
                        .map(o -> o.getDomProperty("value"))
                        .toList())
                .as("the joint-review departments are offered by name")
                .contains("平湖市应急管理局", "平湖市财政局", "平湖市经济和信息化局", "平湖市市场监督管理局");
        browser.type(By.id("f-department"), "平湖市应急管理局");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/users"));
        assertThat(browser.text(By.id("account-changed"))).isEqualTo("账号 " + CLERK + " 已创建");
        assertThat(browser.text(By.id("account-" + CLERK))).contains("登记员", "平湖市应急管理局", "启用");
        browser.driver.navigate().refresh();
        assertThat(browser.present(By.id("account-changed")))
                .as("the notice was a redirect's: a reload posts nothing again")
                .isFalse();
        looksChinese();

        // the same name again is refused beside the field, in Chinese
        browser.go("/forms/account");
        browser.type(By.id("f-name"), CLERK);
        browser.type(By.id("f-password"), "someone-elses-password");
        browser.check(By.cssSelector("input[name='roles'][value='ADMIN']"));
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-name-error"))).contains("已有名为 " + CLERK + " 的账号");

        // an edit starts from what the account has
        browser.go("/users");
        browser.click(By.cssSelector("#account-" + CLERK + " .update-account"));
        assertThat(browser.text(By.id("form-account"))).isEqualTo("账号：" + CLERK);
        assertThat(browser.present(By.id("f-password")))
                .as("a new password is its own form")
                .isFalse();
        WebElement registrar = browser.driver.findElement(By.cssSelector("input[name='roles'][value='REGISTRAR']"));
        assertThat(registrar.isSelected()).isTrue();
        assertThat(browser.driver.findElement(By.id("f-department")).getDomProperty("value"))
                .isEqualTo("平湖市应急管理局");
        browser.check(By.cssSelector("input[name='roles'][value='AUDITOR']"));
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/users"));
        assertThat(browser.text(By.id("account-" + CLERK))).contains("登记员、审计员");

        // disabled: the clerk's open session ends and a new sign-in is refused
        ConsoleSession clerk = new ConsoleSession(port).login(CLERK);
        assertThat(clerk.get("/").statusCode()).isEqualTo(200);
        browser.click(By.cssSelector("#account-" + CLERK + " .disable-account"));
        assertThat(browser.text(By.id("account-changed"))).startsWith("账号 " + CLERK + " 已停用");
        assertThat(browser.text(By.cssSelector("#account-" + CLERK + " .state")))
                .isEqualTo("已停用");
        HttpResponse<String> ended = clerk.get("/");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
        assertThatThrownBy(() -> new ConsoleSession(port).login(CLERK)).isInstanceOf(IllegalStateException.class);

        // enabled again, then a new password: the old one stops working
        browser.click(By.cssSelector("#account-" + CLERK + " .enable-account"));
        assertThat(browser.text(By.id("account-changed"))).isEqualTo("账号 " + CLERK + " 已启用");
        ConsoleSession before = new ConsoleSession(port).login(CLERK);
        browser.click(By.cssSelector("#account-" + CLERK + " .reset-password"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("重置密码");
        browser.type(By.id("f-password"), "short");
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-password-error"))).isNotBlank();
        assertThat(browser.driver.findElement(By.id("f-password")).getDomProperty("value"))
                .isEmpty();
        browser.type(By.id("f-password"), CLERK + "-new-password");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/users"));
        assertThat(browser.text(By.id("account-changed"))).startsWith("账号 " + CLERK + " 的密码已重置");
        assertThat(before.get("/").statusCode())
                .as("the session of the old password ends")
                .isEqualTo(302);
        assertThatThrownBy(() -> new ConsoleSession(port).login(CLERK)).isInstanceOf(IllegalStateException.class);
        assertThat(new ConsoleSession(port)
                        .login(CLERK, CLERK + "-new-password")
                        .get("/")
                        .statusCode())
                .isEqualTo(200);

        // their own account an administrator cannot disable
        browser.click(By.cssSelector("#account-admin .disable-account"));
        assertThat(browser.text(By.id("account-refused"))).contains("不能停用自己正在使用的账号 admin");
        assertThat(browser.text(By.cssSelector("#account-admin .state"))).isEqualTo("启用");
        looksChinese();

        // a reviewer outside the joint review is refused beside the department, in Chinese
        browser.click(By.cssSelector("#account-" + CLERK + " .update-account"));
        browser.check(By.cssSelector("input[name='roles'][value='REVIEWER']"));
        browser.type(By.id("f-department"), "平湖市教育局");
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-department-error"))).contains("审核员账号的部门须为联审部门之一", "平湖市财政局");

        // what was done to the account, newest first, by whom, in Chinese and Beijing time
        browser.go("/users");
        browser.click(By.cssSelector("#account-" + CLERK + " .account-history"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("账号 " + CLERK + " 的变更记录");
        List<String> actions = browser.driver.findElements(By.cssSelector("#account-changes .action")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(actions).containsExactly("重置密码", "启用", "停用", "修改", "新建");
        assertThat(browser.text(By.id("account-changes")))
                .contains("admin", "登记员、审计员", "平湖市应急管理局", "已更换")
                .doesNotContain(CLERK + "-new-password")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(ChineseOnly.leftovers(browser.text(By.tagName("body")).replace(CLERK, " ")))
                .isEmpty();
        assertThat(browser.fitsWidth(390)).isTrue();
        browser.click(By.linkText("全部账号的变更"));
        assertThat(browser.text(By.id("account-changes"))).contains(CLERK);
        browser.click(By.id("sort-at"));
        assertThat(browser.text(By.cssSelector("#account-changes tbody tr")))
                .as("oldest first: the accounts of the configuration file, set at start-up")
                .contains("配置文件", "按配置文件设置");
    }

    /** The page shows no code and no English, besides the accounts' own names; it fits a phone and a wide screen. */
    private void looksChinese() {
        String text = browser.text(By.tagName("body"));
        for (WebElement name : browser.driver.findElements(By.cssSelector("#accounts tbody td:first-child"))) {
            text = text.replace(name.getText(), " ");
        }
        assertThat(ChineseOnly.leftovers(text)).isEmpty();
        assertThat(browser.fitsWidth(390)).isTrue();
        assertThat(browser.fitsWidth(1920)).isTrue();
    }
}

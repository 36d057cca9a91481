package com.safetycredit.ledger.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.rules.wrongimport.RuleThatReadsTheDatabase;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * The modules' boundaries, checked on the compiled code: which module may use which, and which of them may
 * touch a database or a framework. A wrong import fails here, whatever the build files allow.
 */
class ModuleBoundariesTest {

    private static final String LEDGER = "com.safetycredit.ledger";
    private static JavaClasses ledger;

    @BeforeAll
    static void importLedger() {
        // main code only: test classes, and the test fixtures other modules reuse (a -tests.jar), may do more
        ledger = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(LEDGER);
    }

    /** contracts ← rules ← store ← command, query ← server; the verifier reads contracts and rules only. */
    static final ArchRule MODULES = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("contracts")
            .definedBy(LEDGER + ".contracts..")
            .layer("rules")
            .definedBy(LEDGER + ".rules..")
            .layer("store")
            .definedBy(LEDGER + ".store..")
            .layer("verifier")
            .definedBy(LEDGER + ".verifier..")
            .layer("command")
            .definedBy(LEDGER + ".command..")
            .layer("query")
            .definedBy(LEDGER + ".query..")
            .layer("server")
            .definedBy(LEDGER + ".server..")
            .whereLayer("server")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("command")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("query")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("verifier")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("store")
            .mayOnlyBeAccessedByLayers("command", "query", "server")
            .whereLayer("rules")
            .mayOnlyBeAccessedByLayers("store", "verifier", "command", "query", "server");

    /** The rules are the regulations as code: no database, no framework, no serializer. */
    static final ArchRule RULES_ARE_PURE = noClasses()
            .that()
            .resideInAPackage(LEDGER + ".rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.mongodb..",
                    "org.bson..",
                    "de.bwaldvogel..",
                    "org.springframework..",
                    "org.axonframework..",
                    "jakarta.servlet..");

    /** What other agencies and auditors' tools must agree on: nothing about how this ledger runs. */
    static final ArchRule CONTRACTS_ARE_PLAIN = noClasses()
            .that()
            .resideInAPackage(LEDGER + ".contracts..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.mongodb..", "org.bson..", "de.bwaldvogel..", "org.springframework..", "jakarta.servlet..");

    /** The offline verifier ships without a database and without Axon. */
    static final ArchRule VERIFIER_NEEDS_NO_DATABASE = noClasses()
            .that()
            .resideInAPackage(LEDGER + ".verifier..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.mongodb..", "org.bson..", "de.bwaldvogel..", "org.springframework..", "org.axonframework..");

    /** The store is a library: the application wires it, it knows no Spring and no web. */
    static final ArchRule STORE_KNOWS_NO_APPLICATION = noClasses()
            .that()
            .resideInAPackage(LEDGER + ".store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "de.bwaldvogel..");

    /** The write and read sides run apart: neither embeds the other's database. */
    static final ArchRule SIDES_EMBED_NO_DATABASE = noClasses()
            .that()
            .resideInAnyPackage(LEDGER + ".command..", LEDGER + ".query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("de.bwaldvogel..", "org.h2..");

    static final ArchRule NO_CYCLES =
            slices().matching(LEDGER + ".(*)..").should().beFreeOfCycles();

    /**
     * In each side, HTTP is the {@code api} package's alone: its controllers map requests onto the application
     * layer, and nothing else — not the console, not another package — calls a controller.
     */
    static final ArchRule CONTROLLERS_ONLY_IN_API = classes()
            .that()
            .resideInAnyPackage(LEDGER + ".command..", LEDGER + ".query..")
            .and()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .resideInAPackage("..api..");

    static final ArchRule NOBODY_CALLS_A_CONTROLLER = noClasses()
            .that()
            .resideOutsideOfPackages(LEDGER + ".command.api..", LEDGER + ".query.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LEDGER + ".command.api..", LEDGER + ".query.api..")
            .allowEmptyShould(true);

    static final ArchRule APPLICATION_KNOWS_NO_HTTP = noClasses()
            .that()
            .resideInAnyPackage(LEDGER + ".command..", LEDGER + ".query..")
            .and()
            .resideOutsideOfPackages(LEDGER + ".command.api..", LEDGER + ".query.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.http..");

    @Test
    void modulesUseOnlyTheModulesBelowThem() {
        MODULES.check(ledger);
        NO_CYCLES.check(ledger);
    }

    @Test
    void httpIsTheApiLayersAndTheConsoleCallsTheApplicationLayer() {
        CONTROLLERS_ONLY_IN_API.check(ledger);
        NOBODY_CALLS_A_CONTROLLER.check(ledger);
        APPLICATION_KNOWS_NO_HTTP.check(ledger);
    }

    @Test
    void rulesContractsAndTheVerifierStayFreeOfDatabasesAndFrameworks() {
        RULES_ARE_PURE.check(ledger);
        CONTRACTS_ARE_PLAIN.check(ledger);
        VERIFIER_NEEDS_NO_DATABASE.check(ledger);
        STORE_KNOWS_NO_APPLICATION.check(ledger);
        SIDES_EMBED_NO_DATABASE.check(ledger);
    }

    /** The guard itself: a rule class that reads the database is caught, naming the class and the import. */
    @Test
    void aWrongImportIsCaught() {
        JavaClasses wrong = new ClassFileImporter().importClasses(RuleThatReadsTheDatabase.class);

        assertThat(RULES_ARE_PURE.evaluate(wrong).hasViolation()).isTrue();
        assertThat(RULES_ARE_PURE.evaluate(wrong).getFailureReport().toString())
                .contains("RuleThatReadsTheDatabase", "com.mongodb.client.MongoDatabase");
    }
}

package org.healthdirectory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.organisation.Organisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rules a newcomer should not have to guess: features depend on each other in one direction only,
 * and the listing (the heart of the domain) knows nothing of the pages, search or moderation built on it.
 * Every package is its own slice, so listing/page (the public listing page) sits above listing.
 */
@Tag("unit")
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.healthdirectory");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.healthdirectory.(**)")
                .should()
                .beFreeOfCycles()
                // The one two-way link allowed: an organisation's listings, the inverse side of the
                // association that Hibernate Search follows to reindex listings when an organisation is renamed.
                .ignoreDependency(Organisation.class, Listing.class)
                .check(main);
    }

    @Test
    void listingDependsOnNoFeatureBuiltOnIt() {
        noClasses()
                .that()
                .resideInAPackage("org.healthdirectory.listing")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.healthdirectory.search..",
                        "org.healthdirectory.moderation..",
                        "org.healthdirectory.registration..",
                        "org.healthdirectory.web..",
                        "org.healthdirectory.listing.page..")
                .check(main);
    }

    @Test
    void moderationReadsListingDetailsFromTheListingNotFromRegistrationForms() {
        noClasses()
                .that()
                .resideInAPackage("org.healthdirectory.moderation..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.healthdirectory.registration..")
                .check(main);
    }

    /**
     * Resources map HTTP to service calls and render view records: transactions and queries belong to
     * the services and repositories behind them (the README's "resources → services → repositories").
     */
    @Test
    void resourcesOpenNoTransactionsAndRunNoQueries() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(EntityManager.class, QuarkusTransaction.class, Transactional.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(main);
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(main);
    }
}

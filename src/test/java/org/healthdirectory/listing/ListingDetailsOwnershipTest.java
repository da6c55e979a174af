package org.healthdirectory.listing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The typed listing details belong to the listing feature: moderation reads them from there, never
 * from registration's web forms, so the two features do not depend on each other in a circle.
 */
@Tag("unit")
class ListingDetailsOwnershipTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.healthdirectory");

    @Test
    void moderationDoesNotDependOnRegistration() {
        noClasses()
                .that()
                .resideInAPackage("org.healthdirectory.moderation..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.healthdirectory.registration..")
                .check(CLASSES);
    }

    @Test
    void theListingFeatureDoesNotDependOnRegistrationOrModeration() {
        noClasses()
                .that()
                .resideInAPackage("org.healthdirectory.listing..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.healthdirectory.registration..", "org.healthdirectory.moderation..")
                .check(CLASSES);
    }
}

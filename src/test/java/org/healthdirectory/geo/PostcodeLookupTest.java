package org.healthdirectory.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** Against the sample ONSPD and outward-code files in content/geo, loaded at start-up. */
@QuarkusTest
class PostcodeLookupTest {

    @Inject
    PostcodeLookup lookup;

    @Test
    @Transactional
    void locatesAFullPostcodeExactly() {
        Coordinates at = lookup.locate("m1 1ad").orElseThrow();
        assertEquals(Coordinates.Precision.POSTCODE, at.precision());
        assertEquals(53.483784, at.latitude(), 1e-6);
        assertEquals(-2.244866, at.longitude(), 1e-6);
    }

    @Test
    @Transactional
    void fallsBackToTheOutwardCodeForAnUnknownFullPostcode() {
        Coordinates at = lookup.locate("M20 2ZZ").orElseThrow();
        assertEquals(Coordinates.Precision.OUTCODE, at.precision());
        assertTrue(at.latitude() > 53.3 && at.latitude() < 53.5, "M20 is in south Manchester");
    }

    @Test
    @Transactional
    void aPostcodeWithoutAGridReferenceFallsBackToItsOutwardCode() {
        // AB11 3AG is in ONSPD but has no coordinates (latitude 99.999999).
        Coordinates at = lookup.locate("AB11 3AG").orElseThrow();
        assertEquals(Coordinates.Precision.OUTCODE, at.precision());
    }

    @Test
    @Transactional
    void aTerminatedPostcodeStillFindsItsPlace() {
        // SE1 9ZZ was terminated in 1998; people still write old postcodes on letters.
        assertEquals(
                Coordinates.Precision.POSTCODE,
                lookup.locate("SE1 9ZZ").orElseThrow().precision());
    }

    @Test
    @Transactional
    void anUnknownAreaIsNotFound() {
        assertTrue(lookup.locate("ZZ99 9ZZ").isEmpty());
        assertTrue(lookup.locate("not a postcode").isEmpty());
    }

    @Test
    void distancesAreInMiles() {
        Coordinates manchester = new Coordinates(53.4808, -2.2426, Coordinates.Precision.POSTCODE);
        // Manchester to Liverpool is about 31 miles as the crow flies.
        assertEquals(31, manchester.milesTo(53.4084, -2.9916), 1.5);
    }
}

package org.healthdirectory.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RateLimiterKeysTest {

    @Test
    void plusAddressesAndCaseShareOneBudget() {
        assertEquals("a@b.org", RateLimiter.foldAddress("A+x@B.org"));
        assertEquals("a@b.org", RateLimiter.foldAddress(" a@b.org "));
        assertEquals("a@b.org", RateLimiter.foldAddress("a+x+y@b.org"));
        assertEquals(
                RateLimiter.Budget.address("mail-to", "Sam+one@Example.org", 3),
                RateLimiter.Budget.address("mail-to", "sam+two@example.org", 3));
    }
}

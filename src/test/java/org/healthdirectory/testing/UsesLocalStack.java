package org.healthdirectory.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link LocalStack} for every @QuarkusTest in the module (not restricted to one class). */
@QuarkusTestResource(LocalStack.class)
public final class UsesLocalStack {
    private UsesLocalStack() {}
}

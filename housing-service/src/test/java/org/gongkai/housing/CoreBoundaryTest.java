package org.gongkai.housing;

import org.gongkai.core.testing.PublishedSurface;
import org.junit.jupiter.api.Test;

/** This sector uses only notice-core's published packages: no internal one, no store query of its own. */
class CoreBoundaryTest {

    @Test
    void usesOnlyNoticeCoresPublishedSurface() {
        PublishedSurface.verify(HousingApplication.class);
    }
}

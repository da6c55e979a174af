package org.healthdirectory.listing;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published listings go into the search index. Drafts, pending, paused and archived listings
 * are kept out (and removed when they leave "published"), so no query can ever show them.
 */
public class PublishedListingsOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Listing.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Listing> {

        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, Listing listing, RoutingBridgeRouteContext context) {
            if (listing.isPublished()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, Listing listing, RoutingBridgeRouteContext context) {
            // The document may be in the index from when the listing was published: always clean it up.
            routes.addRoute();
        }
    }
}

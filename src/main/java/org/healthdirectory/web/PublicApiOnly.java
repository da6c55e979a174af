package org.healthdirectory.web;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * The published API description (/q/openapi) covers the public API only: the JSON search and Open
 * Referral. Pages, the staff console and provider routes are not an API and are left out.
 */
public class PublicApiOnly implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (String path : new ArrayList<>(paths.getPathItems().keySet())) {
            if (!isPublicApi(path)) {
                paths.removePathItem(path);
            }
        }
    }

    static boolean isPublicApi(String path) {
        return path.startsWith("/api/") || path.equals("/openreferral") || path.startsWith("/openreferral/");
    }
}

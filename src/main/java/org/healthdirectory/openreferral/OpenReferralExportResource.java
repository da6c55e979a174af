package org.healthdirectory.openreferral;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk downloads of every published service: ndjson (one full ORUK service a line) and the HSDS CSV package. */
@Path("/openreferral/export")
@Tag(name = "Open Referral UK")
public class OpenReferralExportResource {

    static final String NDJSON = "application/x-ndjson";

    private final OrukExport export;
    private final ObjectMapper json;

    OpenReferralExportResource(OrukExport export, ObjectMapper json) {
        this.export = export;
        this.json = json;
    }

    @GET
    @Path("/services.ndjson")
    @Produces(NDJSON)
    @Operation(summary = "Every published service, fully nested, one JSON object a line (streamed)")
    public Response services() {
        StreamingOutput body = out -> export.eachService(service -> {
            try {
                out.write(json.writeValueAsBytes(service));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Response.ok(body, NDJSON).build();
    }

    @GET
    @Path("/datapackage.zip")
    @Produces("application/zip")
    @Operation(summary = "Every published service as the HSDS 3.0 CSV data package (zip)")
    public Response dataPackage() {
        DataPackageWriter writer = new DataPackageWriter();
        export.eachService(writer::add);
        writer.add(export.taxonomy());
        StreamingOutput body = out -> writer.writeZip(out, json);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"datapackage.zip\"")
                .build();
    }
}

package org.healthdirectory.openreferral;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.web.CheckedTogether;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.healthdirectory.web.WebAddress;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Admins import an Open Referral UK feed from a web address or a file. The import runs in the
 * background; its page shows the counts so far and, when done, what happened to each service.
 */
@Path("/console/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class ImportPageResource {

    public record FormView(String url, List<FieldError> errors, List<ImportJob> recent) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    /** A feed to import: a web address or a file, one of the two. */
    public static class ImportForm implements CheckedTogether {
        @RestForm
        @WebAddress.Readable
        public String url;

        @RestForm
        public FileUpload file;

        @Override
        public List<FieldError> togetherErrors() {
            return hasFile() == hasUrl()
                    ? List.of(new FieldError("url", "Enter a web address or choose a file, not both"))
                    : List.of();
        }

        boolean hasFile() {
            return file != null && file.size() > 0;
        }

        boolean hasUrl() {
            return url != null && !url.isBlank();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormView view);

        static native TemplateInstance job(ImportJob job, boolean alreadyResumed);
    }

    private final OrukImport imports;
    private final SecurityIdentity identity;
    private final FormErrors formErrors;

    ImportPageResource(OrukImport imports, SecurityIdentity identity, FormErrors formErrors) {
        this.imports = imports;
        this.identity = identity;
        this.formErrors = formErrors;
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(new FormView(null, List.of(), recent()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@BeanParam ImportForm form) {
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.form(new FormView(form.url, errors, recent())))
                    .build();
        }
        String actor = identity.getPrincipal().getName();
        UUID job;
        if (form.hasUrl()) {
            String url = form.url.strip();
            job = imports.start(url, actor);
            Infrastructure.getDefaultWorkerPool().execute(() -> imports.runUrl(job, url));
        } else {
            String text = read(form.file);
            job = imports.startFile("file " + form.file.fileName(), text, actor);
            Infrastructure.getDefaultWorkerPool().execute(() -> imports.runText(job, text));
        }
        return Response.seeOther(URI.create("/console/import/" + job)).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance job(@RestPath String id) {
        try {
            ImportJob job = imports.job(UUID.fromString(id));
            if (job == null) {
                throw new NotFoundException();
            }
            return Templates.job(job, false);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    /** Carries on an interrupted import; if someone already did, says so on the import's page. */
    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@RestPath String id) {
        UUID job;
        try {
            job = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (imports.job(job) == null) {
            throw new NotFoundException();
        }
        if (!imports.resume(job)) {
            return Response.status(409)
                    .entity(Templates.job(imports.job(job), true))
                    .build();
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> imports.carryOn(job));
        return Response.seeOther(URI.create("/console/import/" + job)).build();
    }

    private List<ImportJob> recent() {
        return imports.recent(10);
    }

    private static String read(FileUpload file) {
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.healthdirectory.registration;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.notification.MailReceipt;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The "check your email" pages of registration, sign-in and claims: what happened to the email (from
 * its receipt in the address) and "Send it again", within the same limits as the first request.
 */
@ApplicationScoped
class CheckEmailPages {

    static final String TOO_MANY = "We have sent too many emails from this page recently. Wait an hour, then try again";

    private final MailOutbox outbox;
    private final MailRequests mailRequests;
    private final DirectoryConfig config;

    CheckEmailPages(MailOutbox outbox, MailRequests mailRequests, DirectoryConfig config) {
        this.outbox = outbox;
        this.mailRequests = mailRequests;
        this.config = config;
    }

    /** The page's address with the email's receipt. */
    static URI page(String path, UUID receipt) {
        return URI.create(path + "?mail=" + receipt);
    }

    MailReceipt receipt(String path, String mail, boolean showState) {
        UUID id = MailReceipt.parse(mail);
        return showState
                ? MailReceipt.of(id, outbox.state(id), path, config.mail().giveUpAfter())
                : MailReceipt.withoutState(id, path);
    }

    /** Queues the email again and shows the page for the copy, or the page with a problem (429). */
    Response sendAgain(
            String path,
            String mail,
            HttpServerRequest request,
            boolean showState,
            Function<MailReceipt, TemplateInstance> render) {
        Optional<UUID> again = mailRequests.sendAgain(MailReceipt.parse(mail), ip(request));
        if (again.isEmpty()) {
            return Response.status(429)
                    .entity(render.apply(receipt(path, mail, showState).withProblem(TOO_MANY)))
                    .build();
        }
        return Response.seeOther(page(path, again.get())).build();
    }

    static String ip(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}

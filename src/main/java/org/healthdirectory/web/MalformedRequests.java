package org.healthdirectory.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses requests we cannot read safely before any resource or the database sees them: forms in a
 * character set we cannot decode (UTF-7, made-up names), forms that cannot be decoded or have too many fields, and control
 * characters (NUL and friends) in the address or a form. PostgreSQL refuses NUL in text, so without
 * this a stray %00 became a 500. Each refusal is a 400 with a plain message (page or JSON problem);
 * the page's message is in the reader's language.
 */
public class MalformedRequests {

    static final String UNREADABLE_FORM =
            "We could not read the form you sent. Go back, refresh the page and try again.";
    static final String CONTROL_CHARACTERS =
            "What you sent contains characters we cannot accept. Remove them and try again.";

    private final ErrorWords words;

    MalformedRequests(ErrorWords words) {
        this.words = words;
    }

    private Response unreadableForm(String path) {
        return ErrorPages.refuse(path, UNREADABLE_FORM, words.unreadableForm());
    }

    private Response controlCharacters(String path) {
        return ErrorPages.refuse(path, CONTROL_CHARACTERS, words.controlCharacters());
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseUnreadableAddressOrCharset(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (IllegalArgumentException e) {
            return unreadableForm(path);
        }
        if (isForm(type) && !hasReadableCharset(type)) {
            return unreadableForm(path);
        }
        if (hasControlCharacters(path)
                || anyControlCharacters(request.getUriInfo().getQueryParameters())) {
            return controlCharacters(path);
        }
        return null;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response refuseControlCharactersInForms(ResteasyReactiveContainerRequestContext request) {
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        FormData form = context.getFormData();
        if (form == null) {
            return null;
        }
        for (String name : form) {
            if (hasControlCharacters(name)) {
                return controlCharacters(context.getPath());
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && hasFormControlCharacters(value.getValue())) {
                    return controlCharacters(context.getPath());
                }
            }
        }
        return null;
    }

    /**
     * Whether an exception came from decoding a request body we could not read (bad percent-encoding,
     * an unknown character set, more fields than the limit), as opposed to a fault of ours.
     */
    static boolean isUnreadableForm(Throwable e) {
        if (e instanceof UnsupportedCharsetException || e instanceof IllegalCharsetNameException) {
            return true;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                    || type.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                return true;
            }
            if (type.startsWith("org.healthdirectory.")) {
                return false;
            }
        }
        return false;
    }

    /** C0 control characters and DEL: never part of an address, a search or a name. */
    static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** In form fields, line breaks and tabs are fine (notes, descriptions); other control characters are not. */
    static boolean hasFormControlCharacters(String text) {
        return text != null
                && text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }

    private static boolean anyControlCharacters(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream()
                .anyMatch(e -> hasControlCharacters(e.getKey())
                        || e.getValue().stream().anyMatch(MalformedRequests::hasControlCharacters));
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** No charset (UTF-8) or one Java can decode; UTF-7 and made-up names cannot be. */
    private static boolean hasReadableCharset(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return true;
        }
        try {
            return Charset.isSupported(charset.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package org.healthdirectory.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small text helpers for templates: {text.urlEncode} and {phone.telHref}. */
@TemplateExtension
public final class TextExtensions {

    private TextExtensions() {}

    /** Percent-encoding for a value inside a link (spaces as %20, which mail apps read correctly). */
    static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A phone number as a tap-to-call address: "0161 496 0000" → "tel:01614960000". */
    static String telHref(String phone) {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}

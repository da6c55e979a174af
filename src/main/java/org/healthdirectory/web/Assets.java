package org.healthdirectory.web;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Addresses of the built front-end files. The build (src/main/frontend/build.mjs) puts a content hash in
 * each file name so browsers can keep it for a year; templates ask for the logical name:
 * {@code {asset:url('directory.css')}}.
 */
@TemplateExtension(namespace = "asset")
public final class Assets {

    static final String PREFIX = "/assets/";

    private static final Properties MANIFEST = load();

    private Assets() {}

    /** The hashed address of a built file, e.g. "directory.css" → "/assets/directory.1a2b3c4d5e6f.css". */
    public static String url(String name) {
        String url = MANIFEST.getProperty(name);
        if (url == null) {
            throw new IllegalArgumentException(
                    "No built front-end file " + name + ": run the Maven build (npm run build)");
        }
        return url;
    }

    private static Properties load() {
        Properties manifest = new Properties();
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("asset-manifest.properties")) {
            if (in != null) {
                manifest.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifest;
    }
}

package org.healthdirectory.openreferral;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An import typed in by staff cannot reach into our own network (the database, OpenSearch, cloud metadata). */
@Tag("unit")
class FeedAddressTest {

    private final FeedReader production = new FeedReader(new ObjectMapper(), false);

    @Test
    void privateAndLocalAddressesAreRefused() {
        for (String url : new String[] {
            "http://127.0.0.1:9201/_cat/indices",
            "http://localhost:5433/",
            "http://10.1.2.3/feed",
            "http://192.168.0.10/feed",
            "http://169.254.169.254/latest/meta-data",
            "http://[::1]/feed",
            "http://[fd00::1]/feed",
            "http://0.0.0.0/"
        }) {
            FeedReader.UnreadableFeed refused =
                    assertThrows(FeedReader.UnreadableFeed.class, () -> production.checkPublic(URI.create(url)), url);
            assertTrue(refused.getMessage().startsWith("We only import from public web addresses"), url);
        }
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        assertFalse(FeedReader.isPrivate(InetAddress.getByName("8.8.8.8")));
        assertFalse(FeedReader.isPrivate(InetAddress.getByName("2a00:1450:4009:81f::200e")));
        production.checkPublic(URI.create("https://203.0.113.7/openreferral/services"));
    }
}

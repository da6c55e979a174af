package org.healthdirectory.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A mail server that can be switched on and off without touching the shared GreenMail: a port on
 * 127.0.0.1 that refuses connections while off (as a mail server that is down does) and passes them
 * through to GreenMail's SMTP port while on. Point the app's SMTP port at {@link #PORT}.
 */
public final class SmtpSwitch implements AutoCloseable {

    /** A port free when the tests start, for the app's configuration. */
    public static final int PORT = freePort();

    private final int port;
    private ServerSocket server;

    /** A switch on {@link #PORT}, the port the test profiles give the app under test. */
    public SmtpSwitch() {
        this(PORT);
    }

    /** A switch of its own, e.g. for a second app instance started by a test. */
    public SmtpSwitch(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    /** Starts passing connections through to GreenMail. */
    public synchronized void on() throws IOException {
        if (server != null) {
            return;
        }
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        ServerSocket listening = server;
        Thread acceptor = new Thread(
                () -> {
                    while (!listening.isClosed()) {
                        try {
                            Socket client = listening.accept();
                            Socket smtp = new Socket(InetAddress.getLoopbackAddress(), LocalStack.SMTP);
                            pipe(client.getInputStream(), smtp.getOutputStream(), client, smtp);
                            pipe(smtp.getInputStream(), client.getOutputStream(), client, smtp);
                        } catch (IOException e) {
                            // closed: switched off
                        }
                    }
                },
                "smtp-switch");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Stops listening: new connections are refused. */
    public synchronized void off() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void close() throws IOException {
        off();
    }

    private static void pipe(InputStream from, OutputStream to, Socket a, Socket b) {
        Thread copy = new Thread(
                () -> {
                    try (a;
                            b) {
                        from.transferTo(to);
                    } catch (IOException e) {
                        // one side closed the connection
                    }
                },
                "smtp-switch-pipe");
        copy.setDaemon(true);
        copy.start();
    }

    /** A port nothing listens on at the moment. */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

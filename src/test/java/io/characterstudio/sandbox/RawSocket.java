package io.characterstudio.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain loopback socket to a sandbox: for requests java.net.http will not send (any Host,
 * an Origin, a body announced but never sent) and for clients that stall. Reads time out after
 * 3 s, so a test against a server that never answers fails instead of hanging.
 */
final class RawSocket implements AutoCloseable {

    private final Socket socket = new Socket();

    RawSocket(int port) throws IOException {
        socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 2_000);
        socket.setSoTimeout(3_000);
    }

    /** The head of a request: request line, the given header lines, and the blank line. */
    static String head(String method, String path, String... headerLines) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    RawSocket send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /** Everything the server sends until it closes the connection. */
    String readUntilClosed() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // A reset after the answer still leaves the answer readable above.
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

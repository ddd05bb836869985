package io.characterstudio.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that writes raw HTTP/1.1 answers, byte by byte if asked: it plays what
 * a well-behaved server never does (a body trickled forever, an endless stream). Each connection
 * gets its own daemon thread; {@link #aborted()} counts down when a write fails because the
 * client gave up the connection.
 */
public final class RawHttpServer implements AutoCloseable {

    /** What to do with one connection once the request head has been read. */
    public interface Script {
        void answer(OutputStream out, int request) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Script script;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch aborted = new CountDownLatch(1);
    private final CountDownLatch closing = new CountDownLatch(1);

    public RawHttpServer(Script script) throws IOException {
        this.script = script;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "raw-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public int requests() {
        return requests.get();
    }

    /** Counts down when a write failed: the client closed (aborted) the connection. */
    public CountDownLatch aborted() {
        return aborted;
    }

    /** Waits {@code millis}, or less when the server is closing; true when it is closing. */
    public boolean pause(long millis) throws InterruptedException {
        return closing.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> serve(s), "raw-http-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s;
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream()) {
            String head = readHead(in);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)")
                    .matcher(head);
            if (length.find()) {
                in.readNBytes(Integer.parseInt(length.group(1)));
            }
            script.answer(out, requests.incrementAndGet());
            out.flush();
        } catch (IOException e) {
            aborted.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads up to the blank line after the headers. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0 && head.size() < 65536; b = in.read()) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == end.length) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes a status line and headers (each "Name: value"), then the blank line. */
    public static void head(OutputStream out, String status, String... headers) throws IOException {
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append("\r\n");
        for (String h : headers) {
            text.append(h).append("\r\n");
        }
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        closing.countDown();
        socket.close();
    }
}

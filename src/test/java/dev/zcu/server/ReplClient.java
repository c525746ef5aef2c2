package dev.zcu.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A plain blocking telnet-less client of the debug REPL for tests and the load benchmark; bounded by timeouts. */
final class ReplClient implements AutoCloseable {

    static final String PROMPT = "zig> ";

    final Socket socket;
    final InputStream in;
    final OutputStream out;
    private byte[] buf = new byte[4096];

    ReplClient(InetSocketAddress address) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(20_000);
        socket.connect(address, 20_000);
        in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
        out = socket.getOutputStream();
    }

    /** Connects and reads the first prompt. */
    static ReplClient open(InetSocketAddress address) throws IOException {
        ReplClient c = new ReplClient(address);
        String greeting = c.readUntilPrompt();
        if (!greeting.isEmpty()) throw new IOException("unexpected greeting: " + greeting);
        return c;
    }

    void send(String line) throws IOException {
        sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends a line and returns everything the server wrote before the next prompt. */
    String ask(String line) throws IOException {
        send(line);
        return readUntilPrompt();
    }

    /** Reads until the server's text ends with the prompt; returns the text before it. */
    String readUntilPrompt() throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) throw new IOException("EOF before prompt; got: " + new String(buf, 0, n, StandardCharsets.UTF_8));
            if (n == buf.length) buf = java.util.Arrays.copyOf(buf, n * 2);
            buf[n++] = (byte) b;
            if (b == ' ' && n >= 5 && buf[n - 2] == '>' && buf[n - 3] == 'g' && buf[n - 4] == 'i' && buf[n - 5] == 'z') {
                return new String(buf, 0, n - 5, StandardCharsets.UTF_8);
            }
        }
    }

    /** Reads until the server closes the connection. */
    String readToEnd() throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Reads exactly n bytes. */
    byte[] readN(int n) throws IOException {
        return in.readNBytes(n);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

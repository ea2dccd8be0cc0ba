package org.hotline.adapters.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server on a loopback port that answers as a test tells it to: a chosen reply to {@code RCPT TO} for chosen
 * addresses, a chosen reply at the end of {@code DATA}, or silence after the greeting. It speaks just enough SMTP for
 * Angus Mail and offers no STARTTLS. Counts the messages whose data it accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final Map<String, String> recipientReplies = new ConcurrentHashMap<>();
    private volatile String dataReply = "250 2.0.0 Ok: queued";
    private volatile boolean silent;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<String> commands = java.util.Collections.synchronizedList(new ArrayList<>());

    ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** {@code RCPT TO} this address is answered with {@code reply}, such as {@code 550 5.1.1 No such user}. */
    ScriptedSmtpServer answering(String address, String reply) {
        recipientReplies.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** The end of the message data is answered with {@code reply}. */
    ScriptedSmtpServer answeringData(String reply) {
        dataReply = reply;
        return this;
    }

    /** Greets, then says nothing more. */
    ScriptedSmtpServer silentAfterGreeting() {
        silent = true;
        return this;
    }

    int acceptedMessages() {
        return accepted.get();
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                // the test closed the server, or the client hung up: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        say(out, "220 scripted.test ESMTP");
        if (silent) {
            while (in.readLine() != null) {
                // never answered: the client's time-out ends the conversation
            }
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO")) {
                say(out, "250-scripted.test\r\n250 8BITMIME");
            } else if (command.startsWith("RCPT TO:")) {
                String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase(Locale.ROOT);
                say(out, recipientReplies.getOrDefault(address, "250 2.1.5 Ok"));
            } else if (command.equals("DATA")) {
                say(out, "354 End data with <CR><LF>.<CR><LF>");
                while (!".".equals(line = in.readLine()) && line != null) {
                    // the message itself is not kept
                }
                if (dataReply.startsWith("2")) {
                    accepted.incrementAndGet();
                }
                say(out, dataReply);
            } else if (command.startsWith("QUIT")) {
                say(out, "221 2.0.0 Bye");
                return;
            } else {
                say(out, "250 2.0.0 Ok");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}

package org.hotline.adapters.capture.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.hotline.domain.capture.CaptureFailure;

/** A socket's input whose every read waits at most the read time-out, and never past the deadline. */
final class DeadlineInputStream extends FilterInputStream {

    private final Socket socket;
    private final Duration readTimeout;
    private final Deadline deadline;

    DeadlineInputStream(Socket socket, InputStream in, Duration readTimeout, Deadline deadline) {
        super(in);
        this.socket = socket;
        this.readTimeout = readTimeout;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        int millis = arm();
        try {
            return super.read();
        } catch (SocketTimeoutException e) {
            throw new FetchProblem(deadline.timedOut(millis, readTimeout, CaptureFailure.TimedOut.Limit.READ));
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int millis = arm();
        try {
            return super.read(b, off, len);
        } catch (SocketTimeoutException e) {
            throw new FetchProblem(deadline.timedOut(millis, readTimeout, CaptureFailure.TimedOut.Limit.READ));
        }
    }

    private int arm() throws IOException {
        int millis = deadline.millisFor(readTimeout);
        socket.setSoTimeout(millis);
        return millis;
    }
}

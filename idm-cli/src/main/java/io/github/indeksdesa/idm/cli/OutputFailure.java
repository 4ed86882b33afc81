// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The output cannot be written: the disk is full, or the reader of a pipe has gone
 * ({@code idm score big.csv | head -1}). Unchecked, so that it passes through the
 * {@link java.io.PrintWriter} (which would swallow an {@link IOException}) and every reader's
 * callback, and stops the run at once.
 */
final class OutputFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean closedPipe;

    OutputFailure(IOException cause) {
        super(cause.getMessage() == null ? "the output cannot be written" : cause.getMessage(), cause);
        this.closedPipe = cause.getMessage() != null && cause.getMessage().contains("Broken pipe");
    }

    /** Whether the reader of the output went away; the run then stops quietly. */
    boolean closedPipe() {
        return closedPipe;
    }

    /** Wraps a stream so that its write errors become {@link OutputFailure}s. */
    static OutputStream guard(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new OutputFailure(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new OutputFailure(e);
                }
            }

            @Override
            public void flush() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new OutputFailure(e);
                }
            }
        };
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One named input: a file, or a stream such as standard input. It is opened decompressed: gzip is
 * detected by its magic bytes, not by the name. Its {@link #kind() kind} is told from its first
 * bytes. The readers of idm-json and idm-tables take an {@code Input} wherever they take a file.
 *
 * <pre>{@code
 * Input input = args[0].equals("-") ? Input.stdin() : Input.of(Path.of(args[0]));
 * switch (input.kind()) {
 *     case SCORES_TABLE -> ScoresTableReader.official().read(input, scores::add, rejected::add);
 *     case RUMUSAN_JSON -> reports.add(RumusanReader.official().read(input));
 *     default -> System.err.println(input.name() + ": a " + input.kind().description());
 * }
 * }</pre>
 *
 * <p>A file input is immutable and may be opened any number of times. A stream input is read once:
 * {@link #kind()} looks at its first bytes without consuming them, and {@link #open()} may be
 * called once; it is thread-safe but not meant to be shared.
 */
public final class Input {

    /** How many bytes of a stream {@link #kind()} looks at. */
    private static final int HEAD = 1 << 16;

    private final String name;
    private final Path file;
    /** The stream of a stream input, null for a file, and null once opened. */
    private InputStream stream;
    /** The first bytes of a stream input once {@link #kind()} has looked at them. */
    private byte[] head;
    private InputKind kind;

    private Input(String name, Path file, InputStream stream) {
        this.name = name;
        this.file = file;
        this.stream = stream;
    }

    /**
     * Returns the input of a file; its name is the path as given.
     *
     * @param file the file, not null (it need not exist yet: reading a missing file fails with
     *     {@code "no such file"})
     * @return the input, not null
     */
    public static Input of(Path file) {
        return new Input(file.toString(), file, null);
    }

    /**
     * Returns the input of a stream, read once; the stream is closed when the input's opened
     * stream is.
     *
     * @param name the name used in errors, e.g. {@code "<stdin>"} or a URL, not null
     * @param in the stream, not null
     * @return the input, not null
     */
    public static Input of(String name, InputStream in) {
        return new Input(Objects.requireNonNull(name, "name"), null, Objects.requireNonNull(in, "in"));
    }

    /**
     * Returns standard input ({@link System#in}) as an input named {@code <stdin>}.
     *
     * @return the input, not null
     */
    public static Input stdin() {
        return of("<stdin>", System.in);
    }

    /**
     * Returns the name used in errors: the path of a file, or the name given to a stream.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the file of a file input.
     *
     * @return the file, or empty for a stream input
     */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Opens the input's bytes, decompressed if they are gzip, buffered. A file is opened anew on
     * each call; a stream may be opened once. Reading gzip input throws an {@link InputException}
     * once it decompresses past {@link ReadLimits#maxGzipBytes()} or more than
     * {@link ReadLimits#minInflateRatio()} allows (the {@link ReadLimits#defaults() defaults}).
     *
     * @return the bytes, to be closed by the caller, not null
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws IllegalStateException if a stream input was opened before
     * @throws IOException if the input cannot be read
     */
    public InputStream open() throws IOException {
        return open(ReadLimits.defaults());
    }

    /**
     * Opens the input's bytes as {@link #open()} does, with gzip input read under the given limits'
     * {@link ReadLimits#maxGzipBytes()} and {@link ReadLimits#minInflateRatio()}.
     *
     * @param limits the limits, not null
     * @return the bytes, to be closed by the caller, not null
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws IllegalStateException if a stream input was opened before
     * @throws IOException if the input cannot be read
     */
    public InputStream open(ReadLimits limits) throws IOException {
        Objects.requireNonNull(limits, "limits");
        return gunzipIfNeeded(raw(), limits);
    }

    /**
     * Opens the input's text, UTF-8, decompressed as {@link #open()} does.
     *
     * @return the text, to be closed by the caller, not null
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws IllegalStateException if a stream input was opened before
     * @throws IOException if the input cannot be read
     */
    public Reader reader() throws IOException {
        return reader(ReadLimits.defaults());
    }

    /**
     * Opens the input's text, UTF-8, decompressed as {@link #open(ReadLimits)} does.
     *
     * @param limits the limits, not null
     * @return the text, to be closed by the caller, not null
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws IllegalStateException if a stream input was opened before
     * @throws IOException if the input cannot be read
     */
    public Reader reader(ReadLimits limits) throws IOException {
        return new InputStreamReader(open(limits), StandardCharsets.UTF_8);
    }

    /**
     * Tells what the input holds from its first bytes: an XLSX workbook ({@code PK}), or from the
     * first characters of its (decompressed) text a JSON document or a CSV header. A stream's
     * bytes are not consumed.
     *
     * @return the kind, not null
     * @throws InputException if the input is missing, empty or none of the kinds
     * @throws UncheckedIOException if the input cannot be read
     * @throws IllegalStateException if a stream input was opened before
     */
    public synchronized InputKind kind() {
        if (kind == null) {
            try {
                kind = detect(head());
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return kind;
    }

    private InputKind detect(byte[] bytes) throws IOException {
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            return InputKind.BULK_XLSX;
        }
        byte[] text = bytes;
        if (bytes.length > 1 && (bytes[0] & 0xFF) == 0x1f && (bytes[1] & 0xFF) == 0x8b) {
            text = gunzipHead(bytes);
        }
        utf8Only(text);
        // The text of the first 4096 characters at most: enough for a header line.
        String decoded = new String(text, 0, Math.min(text.length, 4 * 4096), StandardCharsets.UTF_8);
        return InputKind.ofText(name, decoded.length() > 4096 ? decoded.substring(0, 4096) : decoded);
    }

    /** Rejects UTF-16 text (with a byte-order mark, or ASCII with every other byte zero) by name. */
    private void utf8Only(byte[] text) {
        int b0 = text.length > 0 ? text[0] & 0xFF : -1;
        int b1 = text.length > 1 ? text[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            throw new InputException(name, "", "UTF-16 text (it starts with a UTF-16 byte-order mark); save it as "
                    + "UTF-8", null);
        }
        if (text.length > 3 && (text[0] == 0 && text[2] == 0 && text[1] != 0 && text[3] != 0
                || text[1] == 0 && text[3] == 0 && text[0] != 0 && text[2] != 0)) {
            throw new InputException(name, "", "UTF-16 text (every other byte is zero); save it as UTF-8", null);
        }
    }

    /** Decompresses what a prefix of gzip bytes holds, stopping where the prefix ends. */
    private static byte[] gunzipHead(byte[] bytes) throws IOException {
        byte[] out = new byte[HEAD];
        int n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            for (int r; n < out.length && (r = in.read(out, n, out.length - n)) > 0;) {
                n += r;
            }
        } catch (EOFException truncated) {
            // The prefix ends inside the compressed data: what was decompressed is enough.
        }
        return Arrays.copyOf(out, n);
    }

    /** The first bytes, raw: read from the file, or kept from the stream for {@link #raw()}. */
    private byte[] head() throws IOException {
        if (file != null) {
            try (InputStream in = openFile()) {
                return in.readNBytes(HEAD);
            }
        }
        if (head == null) {
            if (stream == null) {
                throw new IllegalStateException(name + " was opened before");
            }
            head = stream.readNBytes(HEAD);
        }
        return head;
    }

    private synchronized InputStream raw() throws IOException {
        if (file != null) {
            return openFile();
        }
        if (stream == null) {
            throw new IllegalStateException(name + " was opened before");
        }
        InputStream in = head == null ? stream : new SequenceInputStream(new ByteArrayInputStream(head), stream);
        stream = null;
        head = null;
        return new BufferedInputStream(in, HEAD);
    }

    private InputStream openFile() throws IOException {
        try {
            return new BufferedInputStream(Files.newInputStream(file), HEAD);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "no such file", e);
        }
    }

    /** Decompresses gzip input under the limits' size and inflation rules ({@link InflationGuard}). */
    private InputStream gunzipIfNeeded(InputStream buffered, ReadLimits limits) throws IOException {
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            InflationGuard.Counting compressed = new InflationGuard.Counting(buffered);
            GZIPInputStream gzip;
            try {
                gzip = new GZIPInputStream(compressed, HEAD);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                closeQuietly(buffered, e);
                throw InflationGuard.corrupt(name, "its gzip header is damaged", e);
            } catch (IOException e) {
                closeQuietly(buffered, e);
                throw e;
            }
            return new BufferedInputStream(new InflationGuard(gzip, compressed, name, limits), HEAD);
        }
        return buffered;
    }

    /** Closes the file a failed open had opened: the caller never gets a stream to close. */
    private static void closeQuietly(InputStream in, Exception failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

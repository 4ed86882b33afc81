package io.github.indeksdesa.idm.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One input of a run: a file, or the bytes of standard input, with the kind of data it holds.
 */
final class Source {

    /** What an input holds. */
    enum Kind {
        /** A ministry rumusan JSON report. */
        RUMUSAN("rumusan JSON report"),
        /** Our scores table: kode_desa, tahun, IKS01 … IKL03. */
        SCORES("scores table"),
        /** A ministry bulk table (CSV). */
        BULK("bulk table"),
        /** A ministry bulk table (XLSX). */
        BULK_XLSX("bulk table (XLSX)"),
        /** Conformance vectors or an implementer's results, JSON. */
        VECTORS_JSON("conformance kit (JSON)"),
        /** Conformance vectors or an implementer's results, CSV. */
        VECTORS_CSV("conformance kit (CSV)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private final String name;
    private final Path path;
    private final byte[] bytes;
    private final Kind kind;

    private Source(String name, Path path, byte[] bytes, Kind kind) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
        this.kind = kind;
    }

    String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    /** Opens the (decompressed) bytes. */
    InputStream open() throws IOException {
        InputStream raw = bytes != null ? new ByteArrayInputStream(bytes)
                : new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return gunzipIfNeeded(raw);
    }

    /** Opens the (decompressed) text, UTF-8. */
    Reader reader() throws IOException {
        return new InputStreamReader(open(), StandardCharsets.UTF_8);
    }

    private static InputStream gunzipIfNeeded(InputStream in) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
        }
        return buffered;
    }

    /**
     * Expands one command-line argument into sources: a file, every {@code *.json} below a
     * directory in path order, or standard input for {@code -}.
     *
     * @throws InputException if the argument names nothing readable
     */
    static List<Source> expand(String argument, InputStream stdin) {
        if (argument.equals("-")) {
            byte[] data;
            try {
                data = stdin.readAllBytes();
            } catch (IOException e) {
                throw new InputException("<stdin>", "", "cannot be read: " + e.getMessage(), e);
            }
            return List.of(detect("<stdin>", null, data));
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                        .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            } catch (IOException e) {
                throw new InputException(argument, "", "the directory cannot be listed: " + e.getMessage(), e);
            }
            List<Source> sources = new ArrayList<>();
            for (Path file : files) {
                sources.add(new Source(file.toString(), file, null, Kind.RUMUSAN));
            }
            if (sources.isEmpty()) {
                throw new InputException(argument, "", "the directory holds no *.json file");
            }
            return sources;
        }
        if (!Files.exists(path)) {
            throw new InputException(argument, "", "no such file or directory");
        }
        return List.of(detect(argument, path, null));
    }

    private static Source detect(String name, Path path, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return new Source(name, path, bytes, Kind.BULK_XLSX);
        }
        if (bytes != null && bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            return new Source(name, path, bytes, Kind.BULK_XLSX);
        }
        Source probe = new Source(name, path, bytes, Kind.RUMUSAN);
        String head;
        try (Reader reader = probe.reader()) {
            char[] buf = new char[4096];
            int n = reader.read(buf);
            head = n <= 0 ? "" : new String(buf, 0, n);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "no such file", e);
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
        return new Source(name, path, bytes, sniff(name, head));
    }

    static Kind sniff(String name, String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String stripped = text.stripLeading();
        if (stripped.isEmpty()) {
            throw new InputException(name, "", "the input is empty");
        }
        if (stripped.charAt(0) == '{' || stripped.charAt(0) == '[') {
            return stripped.contains("\"" + Vectors.KIT_KEY + "\"") ? Kind.VECTORS_JSON : Kind.RUMUSAN;
        }
        int end = stripped.indexOf('\n');
        String header = (end < 0 ? stripped : stripped.substring(0, end)).strip().toUpperCase(Locale.ROOT);
        if (header.startsWith("ID,CATEGORY,")) {
            return Kind.VECTORS_CSV;
        }
        // As idm-json's InputKind, which reads files only: a code, a year and indicator columns.
        List<String> columns = List.of(header.replace("\"", "").split("\\s*,\\s*"));
        if (columns.contains("KODE_DESA") && columns.contains("TAHUN")
                && columns.stream().anyMatch(c -> c.matches("IK[SEL]\\d\\d"))) {
            return Kind.SCORES;
        }
        if (header.contains(",")) {
            return Kind.BULK;
        }
        throw new InputException(name, "line 1", "expected a rumusan JSON report, a scores table (header kode_desa,"
                + "tahun,IKS01,…), a bulk table (CSV with a header) or conformance vectors");
    }
}

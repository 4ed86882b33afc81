package io.github.indeksdesa.idm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code idm vectors}: writes the conformance kit's vectors. */
@Command(name = "vectors", sortOptions = false,
        description = {"Write the conformance vectors (vectors.json, vectors.csv) for other implementations of IDM: "
            + "threshold edges, extremes, every ladder level of every indicator and seeded random scores, each with "
            + "the expected IKS/IKE/IKL/IDM, status, target, minimum and gap.",
            "Deterministic: the same files on every run. Check an implementation's results with idm verify."})
final class VectorsCommand extends BaseCommand {

    /** The file names of the kit. */
    static final String JSON_FILE = "vectors.json";
    static final String CSV_FILE = "vectors.csv";

    @Option(names = "--out", defaultValue = "conformance", paramLabel = "DIR",
            description = "Where to write (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Vectors kit = new Vectors(model);
        List<Vectors.Vector> vectors = kit.generate();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(JSON_FILE), kit.toJson(vectors), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(CSV_FILE), kit.toCsv(vectors), StandardCharsets.UTF_8);
        out().printf("%d vectors written to %s and %s%n", vectors.size(), dir.resolve(JSON_FILE),
                dir.resolve(CSV_FILE));
        return status(false);
    }
}

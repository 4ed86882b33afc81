// SPDX-License-Identifier: Apache-2.0
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
            "With --index id: the Indeks Desa kit (indeks-desa-vectors.json, .csv): every status edge reached three "
                + "ways, extremes, every item at 1, seeded random scores, with points, dimension sums, Skor ID, status, "
                + "target and points to target.",
            "Deterministic: the same files on every run. Check an implementation's results with idm verify."})
final class VectorsCommand extends BaseCommand {

    /** The file names of the kit. */
    static final String JSON_FILE = "vectors.json";
    static final String CSV_FILE = "vectors.csv";
    /** The file names of the Indeks Desa kit ({@code --index id}). */
    static final String ID_JSON_FILE = "indeks-desa-vectors.json";
    static final String ID_CSV_FILE = "indeks-desa-vectors.csv";

    @Option(names = "--out", defaultValue = "conformance", paramLabel = "DIR",
            description = "Where to write (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (index == IndeksDesaVillages.Edition.id) {
            IndeksDesaVectors kit = new IndeksDesaVectors(IndeksDesaVillages.MODEL);
            List<Vectors.Vector> vectors = kit.generate();
            return write(kit.toJson(vectors), kit.toCsv(vectors), vectors.size(), ID_JSON_FILE, ID_CSV_FILE);
        }
        Vectors kit = new Vectors(model);
        List<Vectors.Vector> vectors = kit.generate();
        return write(kit.toJson(vectors), kit.toCsv(vectors), vectors.size(), JSON_FILE, CSV_FILE);
    }

    private Integer write(String json, String csv, int count, String jsonFile, String csvFile) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(jsonFile), json, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(csvFile), csv, StandardCharsets.UTF_8);
        out().printf("%d vectors written to %s and %s%n", count, dir.resolve(jsonFile), dir.resolve(csvFile));
        return status(false);
    }
}

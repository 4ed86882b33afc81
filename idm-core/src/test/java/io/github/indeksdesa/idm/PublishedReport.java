// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One ministry {@code rumusan} response read from the shared data, as plain maps and lists. */
final class PublishedReport {

    private final Map<String, Object> mapData;

    private PublishedReport(Map<String, Object> mapData) {
        this.mapData = mapData;
    }

    static PublishedReport read(Path file) throws IOException {
        Object json = MiniJson.parse(Files.readString(file, StandardCharsets.UTF_8));
        return new PublishedReport(MiniJson.object(MiniJson.object(json).get("mapData")));
    }

    /** ROW: all 55 rows. */
    List<Object> rows() {
        return MiniJson.array(mapData.get("ROW"));
    }

    /** SUMMARIES. */
    Map<String, Object> summary() {
        return MiniJson.object(mapData.get("SUMMARIES"));
    }

    /** SKOR of the indicator rows (those with a NO), in ministry order. */
    int[] scores() {
        return rows().stream().map(MiniJson::object).filter(row -> row.get("NO") != null)
                .mapToInt(row -> ((Long) row.get("SKOR")).intValue()).toArray();
    }

    /** KETERANGAN or KEGIATAN as text; null where the ministry writes false. */
    static String textOrFalse(Object value) {
        return Boolean.FALSE.equals(value) ? null : (String) value;
    }
}

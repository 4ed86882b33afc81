package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the ministry's rumusan JSON into a {@link PublishedReport}, accepting the quirks of spec §6
 * (integer or double subtotals, {@code false} texts, null agencies, string NILAI, title-case status
 * row) and strict about structure: a violation names the JSON path and what was expected.
 */
final class RumusanReader {

    /** Rows of the ministry layout: subtotal rows follow each index's indicators. */
    static final int ROW_COUNT = 55;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final IdmModel model;

    RumusanReader(IdmModel model) {
        this.model = model;
    }

    PublishedReport read(String source, InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String place = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new InputException(source, place, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(source, "", "cannot be read: " + e.getMessage(), e);
        }
        return read(source, root);
    }

    PublishedReport read(String source, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InputException(source, "$", "expected a JSON object (a ministry rumusan report)");
        }
        if (root.path("error").asBoolean(false)) {
            throw new InputException(source, "$", "the ministry answered with an error (status "
                    + root.path("status").asText("?") + "): " + root.path("message").asText("no message"));
        }
        JsonNode map = field(source, root, "mapData", "mapData");
        JsonNode summaries = field(source, map, "SUMMARIES", "mapData.SUMMARIES");
        JsonNode rows = field(source, map, "ROW", "mapData.ROW");
        if (!rows.isArray() || rows.size() != ROW_COUNT) {
            throw new InputException(source, "mapData.ROW", "expected an array of " + ROW_COUNT + " rows, found "
                    + (rows.isArray() ? rows.size() + " rows" : rows.getNodeType().toString().toLowerCase()));
        }
        int year = integer(source, field(source, summaries, "TAHUN", "mapData.SUMMARIES.TAHUN"),
                "mapData.SUMMARIES.TAHUN", 1, 9999);
        VillageIdentity identity = identity(source, map);

        int[] scores = new int[model.indicatorCount()];
        BigDecimal[] subtotals = new BigDecimal[Index.values().length];
        List<PublishedReport.Row> published = new ArrayList<>(scores.length);
        int r = 0;
        int position = 0;
        for (Index index : Index.values()) {
            for (Indicator indicator : model.indicators(index)) {
                String path = "mapData.ROW[" + r + "]";
                JsonNode row = rows.get(r);
                String label = text(source, row, "INDIKATOR", path);
                if (!indicator.label().equals(label)) {
                    throw new InputException(source, path + ".INDIKATOR", "expected \"" + indicator.label()
                            + "\" (" + indicator.code() + "), found \"" + label + "\"");
                }
                scores[position++] = integer(source, field(source, row, "SKOR", path + ".SKOR"), path + ".SKOR",
                        IdmModel.MIN_SCORE, IdmModel.MAX_SCORE);
                Map<AgencyLevel, String> agencies = new EnumMap<>(AgencyLevel.class);
                for (AgencyLevel level : AgencyLevel.values()) {
                    String value = optionalText(row.get(level.name()));
                    if (value != null) {
                        agencies.put(level, value);
                    }
                }
                published.add(new PublishedReport.Row(r, label, optionalText(row.get("NILAI")),
                        optionalText(row.get("KETERANGAN")), optionalText(row.get("KEGIATAN")), agencies));
                r++;
            }
            String path = "mapData.ROW[" + r + "]";
            expectLabel(source, rows.get(r), path, index + " " + year);
            subtotals[index.ordinal()] = decimal(source, rows.get(r).get("SKOR"), path + ".SKOR");
            r++;
        }
        String idmPath = "mapData.ROW[" + r + "]";
        expectLabel(source, rows.get(r), idmPath, "IDM " + year);
        BigDecimal idmRow = decimal(source, rows.get(r).get("SKOR"), idmPath + ".SKOR");
        r++;
        String statusPath = "mapData.ROW[" + r + "]";
        expectLabel(source, rows.get(r), statusPath, "STATUS IDM " + year);
        String statusRow = text(source, rows.get(r), "SKOR", statusPath);

        String s = "mapData.SUMMARIES.";
        return new PublishedReport(source, identity, year, scores, subtotals, idmRow, statusRow,
                decimal(source, summaries.get("SKOR_SAAT_INI"), s + "SKOR_SAAT_INI"),
                text(source, summaries, "STATUS", "mapData.SUMMARIES"),
                text(source, summaries, "TARGET_STATUS", "mapData.SUMMARIES"),
                text(source, summaries, "SKOR_MINIMAL", "mapData.SUMMARIES"),
                decimal(source, summaries.get("PENAMBAHAN"), s + "PENAMBAHAN"), List.copyOf(published));
    }

    private VillageIdentity identity(String source, JsonNode map) {
        JsonNode list = field(source, map, "IDENTITAS", "mapData.IDENTITAS");
        JsonNode id = list.isArray() ? list.get(0) : list;
        String path = list.isArray() ? "mapData.IDENTITAS[0]" : "mapData.IDENTITAS";
        if (id == null || !id.isObject()) {
            throw new InputException(source, path, "expected an object with id_desa and the names");
        }
        String code = text(source, id, "id_desa", path);
        if (!VillageCode.isValid(code)) {
            throw new InputException(source, path + ".id_desa", "expected a 10-digit village code, found \""
                    + code + "\"");
        }
        return VillageIdentity.of(VillageCode.of(code), optionalText(id.get("nama_desa")),
                optionalText(id.get("nama_kecamatan")), optionalText(id.get("nama_kab_kota")),
                optionalText(id.get("nama_provinsi")));
    }

    private static void expectLabel(String source, JsonNode row, String path, String expected) {
        String label = text(source, row, "INDIKATOR", path);
        if (!label.equals(expected)) {
            throw new InputException(source, path + ".INDIKATOR", "expected \"" + expected + "\", found \""
                    + label + "\"");
        }
    }

    private static JsonNode field(String source, JsonNode node, String name, String path) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            throw new InputException(source, path, "expected a value, found none");
        }
        return value;
    }

    private static String text(String source, JsonNode node, String name, String parentPath) {
        JsonNode value = field(source, node, name, parentPath + "." + name);
        if (!value.isTextual() && !value.isNumber()) {
            throw new InputException(source, parentPath + "." + name, "expected a string, found "
                    + value.getNodeType().toString().toLowerCase());
        }
        return value.asText();
    }

    /** Text, or null for JSON null, {@code false} or a missing field. */
    private static String optionalText(JsonNode value) {
        if (value == null || value.isNull() || value.isBoolean()) {
            return null;
        }
        return value.asText();
    }

    private static int integer(String source, JsonNode value, String path, int min, int max) {
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                number = new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                throw new InputException(source, path, "expected a whole number " + min + ".." + max + ", found \""
                        + value.asText() + "\"", e);
            }
        } else {
            throw new InputException(source, path, "expected a whole number " + min + ".." + max + ", found "
                    + value.getNodeType().toString().toLowerCase());
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InputException(source, path, "expected a whole number " + min + ".." + max + ", found "
                    + number.toPlainString());
        }
        return number.intValueExact();
    }

    private static BigDecimal decimal(String source, JsonNode value, String path) {
        if (value == null || value.isNull()) {
            throw new InputException(source, path, "expected a number, found none");
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                throw new InputException(source, path, "expected a number, found \"" + value.asText() + "\"", e);
            }
        }
        throw new InputException(source, path, "expected a number, found " + value.getNodeType().toString()
                .toLowerCase());
    }
}

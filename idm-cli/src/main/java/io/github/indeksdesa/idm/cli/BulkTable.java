package io.github.indeksdesa.idm.cli;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a ministry bulk table (CSV) with the header variants of spec §7: {@code IKS_2024} or
 * {@code IKS 2024}, {@code KODE_DESA} or {@code KODE_DESA_DAGRI}, the 2023 and 2024 name columns,
 * and several years side by side. Values are kept as text: judging them is the caller's business.
 */
final class BulkTable {

    /**
     * One village and year of a bulk table, values as written (trimmed).
     *
     * @param line the line in the source
     * @param code the village code as written, numbers such as 3.604052001E9 turned to digits
     * @param province the province name, or empty
     * @param regency the regency name, or empty
     * @param district the district name, or empty
     * @param village the village name, or empty
     * @param year the data year
     * @param iks IKS
     * @param ike IKE
     * @param ikl IKL
     * @param idm the IDM
     * @param status the status
     */
    record Row(int line, String code, String province, String regency, String district, String village, int year,
            String iks, String ike, String ikl, String idm, String status) {
    }

    private static final Pattern YEAR_COLUMN =
            Pattern.compile("(IKS|IKE|IKL|NILAI_IDM|IDM|STATUS_IDM|STATUS)_(\\d{4})");

    private BulkTable() {
    }

    /**
     * Reads every row and passes one {@link Row} per year to {@code rows}.
     *
     * @return the number of data lines read
     * @throws InputException if the header has no village code or no IKS/IKE/IKL/IDM/status columns
     */
    static int read(String source, Reader reader, Consumer<Row> rows) {
        Csv csv = new Csv(reader);
        List<String> header = csv.header(source, "a header");
        int code = -1;
        int province = -1;
        int regency = -1;
        int district = -1;
        int village = -1;
        TreeMap<Integer, int[]> years = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            switch (name) {
                case "KODE_DESA": case "KODE_DESA_DAGRI": case "KODE_KEMENDAGRI":
                    code = i;
                    break;
                case "NAMA_PROVINSI": case "PROVINSI":
                    province = i;
                    break;
                case "NAMA_KABUPATEN": case "KABUPATEN_KOTA": case "NAMA_KAB_KOTA": case "KABUPATEN":
                    regency = i;
                    break;
                case "NAMA_KECAMATAN": case "KECAMATAN":
                    district = i;
                    break;
                case "NAMA_DESA": case "DESA":
                    village = i;
                    break;
                default:
                    Matcher m = YEAR_COLUMN.matcher(name);
                    if (m.matches()) {
                        int[] cols = years.computeIfAbsent(Integer.parseInt(m.group(2)), y -> new int[] {-1, -1, -1, -1, -1});
                        cols[slot(m.group(1))] = i;
                    }
            }
        }
        if (code < 0) {
            throw new InputException(source, "line 1", "expected a village code column KODE_DESA or KODE_DESA_DAGRI");
        }
        List<String> incomplete = new ArrayList<>();
        years.forEach((year, cols) -> {
            for (int c : cols) {
                if (c < 0) {
                    incomplete.add(Integer.toString(year));
                    return;
                }
            }
        });
        if (years.isEmpty() || !incomplete.isEmpty()) {
            throw new InputException(source, "line 1", "expected columns IKS_YYYY, IKE_YYYY, IKL_YYYY, NILAI_IDM_YYYY "
                    + "and STATUS_IDM_YYYY for each year" + (incomplete.isEmpty() ? "" : "; incomplete for "
                    + String.join(", ", incomplete)));
        }
        int count = 0;
        while (true) {
            List<String> r = csv.next();
            if (r == null) {
                return count;
            }
            count++;
            String codeText = normaliseCode(cell(r, code));
            for (var entry : years.entrySet()) {
                int[] c = entry.getValue();
                rows.accept(new Row(csv.recordLine(), codeText, cell(r, province), cell(r, regency), cell(r, district),
                        cell(r, village), entry.getKey(), cell(r, c[0]), cell(r, c[1]), cell(r, c[2]), cell(r, c[3]),
                        cell(r, c[4])));
            }
        }
    }

    private static int slot(String kind) {
        switch (kind) {
            case "IKS":
                return 0;
            case "IKE":
                return 1;
            case "IKL":
                return 2;
            case "NILAI_IDM": case "IDM":
                return 3;
            default:
                return 4;
        }
    }

    private static String cell(List<String> record, int column) {
        return column >= 0 && column < record.size() ? record.get(column).strip() : "";
    }

    /** Turns a code stored as a number ("3.604052001E9") back into its digits. */
    static String normaliseCode(String text) {
        if (text.indexOf('E') < 0 && text.indexOf('e') < 0 && text.indexOf('.') < 0) {
            return text;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigIntegerExact().toString() : text;
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One village and year of a ministry bulk table, as published: the village code as text (possibly
 * malformed), the names the table has, and the IKS, IKE, IKL, IDM and status cells as text
 * (possibly empty or not numbers), with the source and the place (line or cell) they come from.
 * A table with several years side by side gives one row per village and year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedRow {

    private final String source;
    private final String location;
    private final String villageCode;
    private final String villageName;
    private final String districtName;
    private final String regencyName;
    private final String provinceName;
    private final int year;
    /** The IKS, IKE and IKL cells, by ordinal ("" when absent). */
    private final String[] parts;
    private final String idm;
    private final String status;

    private PublishedRow(Builder b) {
        this.source = b.source;
        this.location = b.location;
        this.villageCode = b.villageCode;
        this.villageName = b.villageName;
        this.districtName = b.districtName;
        this.regencyName = b.regencyName;
        this.provinceName = b.provinceName;
        this.year = b.year;
        this.parts = b.parts.clone();
        this.idm = b.idm;
        this.status = b.status;
    }

    /**
     * Returns a builder; every value cell starts empty.
     *
     * @param source the source, e.g. a file name, not null
     * @param location where in the source, e.g. "line 12" or "sheet1.xml!A12", not null
     * @param villageCode the village code as text, not null
     * @param year the data year
     * @return the builder, not null
     */
    public static Builder builder(String source, String location, String villageCode, int year) {
        return new Builder(Objects.requireNonNull(source, "source"), Objects.requireNonNull(location, "location"),
                Objects.requireNonNull(villageCode, "villageCode"), year);
    }

    /**
     * Returns the row the ministry would publish for a computed result: 4-dp values with trailing
     * zeros dropped ({@code 0.8}, {@code 1}), the status in upper case.
     *
     * @param result the result, not null
     * @param identity the names to carry, not null
     * @param source the source name to carry, not null
     * @param location the location to carry, not null
     * @return the row, not null
     */
    public static PublishedRow of(VillageResult result, VillageIdentity identity, String source, String location) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(identity, "identity");
        Builder b = builder(source, location, result.villageCode().value(), result.year())
                .names(identity.villageName().orElse(null), identity.districtName().orElse(null),
                        identity.regencyName().orElse(null), identity.provinceName().orElse(null));
        for (Index index : Index.values()) {
            b.part(index, fourDecimals(result.index(index)));
        }
        return b.idm(fourDecimals(result.idm())).status(result.status().officialName()).build();
    }

    /**
     * Returns an exact value as bulk tables show it: 4 decimals, half up, trailing zeros dropped.
     *
     * @param value the value, not null
     * @return the text, e.g. "0.8" or "0.6176", not null
     */
    public static String fourDecimals(Fraction value) {
        BigDecimal d = Objects.requireNonNull(value, "value").toBigDecimal().stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /**
     * Returns the source.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns where in the source the row is.
     *
     * @return e.g. "line 12", not null
     */
    public String location() {
        return location;
    }

    /**
     * Returns the village code as published.
     *
     * @return the text, not null
     */
    public String villageCode() {
        return villageCode;
    }

    /**
     * Returns the village name (NAMA_DESA, DESA).
     *
     * @return the name; empty if the table has none
     */
    public Optional<String> villageName() {
        return Optional.ofNullable(villageName);
    }

    /**
     * Returns the district name (NAMA_KECAMATAN).
     *
     * @return the name; empty if the table has none
     */
    public Optional<String> districtName() {
        return Optional.ofNullable(districtName);
    }

    /**
     * Returns the regency or city name (NAMA_KABUPATEN, KABUPATEN_KOTA).
     *
     * @return the name; empty if the table has none
     */
    public Optional<String> regencyName() {
        return Optional.ofNullable(regencyName);
    }

    /**
     * Returns the province name (NAMA_PROVINSI).
     *
     * @return the name; empty if the table has none
     */
    public Optional<String> provinceName() {
        return Optional.ofNullable(provinceName);
    }

    /**
     * Returns the data year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the published cell of an index (IKS_2024 …).
     *
     * @param index the index, not null
     * @return the text, "" if empty, not null
     */
    public String part(Index index) {
        return parts[Objects.requireNonNull(index, "index").ordinal()];
    }

    /**
     * Returns the published IDM cell (NILAI_IDM_2024).
     *
     * @return the text, "" if empty, not null
     */
    public String idm() {
        return idm;
    }

    /**
     * Returns the published status cell (STATUS_IDM_2024).
     *
     * @return the text, "" if empty, not null
     */
    public String status() {
        return status;
    }

    /**
     * Returns the status cell parsed ({@link Status#parse(String)}): the typed reading beside the
     * published text of {@link #status()}.
     *
     * @return the status; empty if the cell names no status
     */
    public Optional<Status> parsedStatus() {
        return PublishedReport.parseStatus(status);
    }

    /**
     * Returns the village code parsed: the typed reading beside the published text of
     * {@link #villageCode()}.
     *
     * @return the code; empty if the published text is not a well-formed village code
     */
    public Optional<VillageCode> parsedVillageCode() {
        return VillageCode.isValid(villageCode()) ? Optional.of(VillageCode.of(villageCode())) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PublishedRow)) {
            return false;
        }
        PublishedRow o = (PublishedRow) other;
        return source.equals(o.source) && location.equals(o.location) && villageCode.equals(o.villageCode)
                && Objects.equals(villageName, o.villageName) && Objects.equals(districtName, o.districtName)
                && Objects.equals(regencyName, o.regencyName) && Objects.equals(provinceName, o.provinceName)
                && year == o.year && Arrays.equals(parts, o.parts) && idm.equals(o.idm) && status.equals(o.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, location, villageCode, year, Arrays.hashCode(parts), idm, status);
    }

    /** The cells given, by index ({IKS=0.7029, ...}). */
    private Map<Index, String> partsByIndex() {
        Map<Index, String> given = new EnumMap<>(Index.class);
        for (Index index : Index.values()) {
            if (!parts[index.ordinal()].isEmpty()) {
                given.put(index, parts[index.ordinal()]);
            }
        }
        return given;
    }

    /**
     * Returns the row in one line, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PublishedRow[" + source + " " + location + " " + villageCode + " " + year + " " + partsByIndex() + " " + idm
                + " " + status + "]";
    }

    /**
     * Builds a {@link PublishedRow}. Not thread-safe.
     */
    public static final class Builder {

        private final String source;
        private final String location;
        private final String villageCode;
        private final int year;
        private String villageName;
        private String districtName;
        private String regencyName;
        private String provinceName;
        private final String[] parts = {"", "", ""};
        private String idm = "";
        private String status = "";

        private Builder(String source, String location, String villageCode, int year) {
            this.source = source;
            this.location = location;
            this.villageCode = villageCode;
            this.year = year;
        }

        /**
         * Sets the names; a null or blank name is absent.
         *
         * @param villageName the village name, or null
         * @param districtName the district name, or null
         * @param regencyName the regency or city name, or null
         * @param provinceName the province name, or null
         * @return this builder, not null
         */
        public Builder names(String villageName, String districtName, String regencyName, String provinceName) {
            this.villageName = blankToNull(villageName);
            this.districtName = blankToNull(districtName);
            this.regencyName = blankToNull(regencyName);
            this.provinceName = blankToNull(provinceName);
            return this;
        }

        /**
         * Sets the cell of an index.
         *
         * @param index the index, not null
         * @param text the cell text, "" if empty, not null
         * @return this builder, not null
         */
        public Builder part(Index index, String text) {
            parts[Objects.requireNonNull(index, "index").ordinal()] = Objects.requireNonNull(text, "text").strip();
            return this;
        }

        /**
         * Sets the IDM cell.
         *
         * @param text the cell text, "" if empty, not null
         * @return this builder, not null
         */
        public Builder idm(String text) {
            this.idm = Objects.requireNonNull(text, "text").strip();
            return this;
        }

        /**
         * Sets the status cell.
         *
         * @param text the cell text, "" if empty, not null
         * @return this builder, not null
         */
        public Builder status(String text) {
            this.status = Objects.requireNonNull(text, "text").strip();
            return this;
        }

        /**
         * Builds the row.
         *
         * @return the row, not null
         */
        public PublishedRow build() {
            return new PublishedRow(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}

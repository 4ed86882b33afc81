// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One village and year of published Indeks Desa data, as published: the village code as text
 * (possibly malformed), the names the table has, and whichever of these the table carries, each as
 * text (possibly empty or not a number): the item scores (a score export), the six dimension point
 * sums, the Skor ID and the status (a dimension table), with the source and the place (line or
 * cell) they come from. Readers fill it; {@link IndeksDesaVerifier} checks it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedIndeksDesaRow {

    private final String source;
    private final String location;
    private final String villageCode;
    private final int year;
    private final String villageName;
    private final String districtName;
    private final String regencyName;
    private final String provinceName;
    private final List<String> itemScores;
    private final Map<Dimension, String> dimensions;
    private final String skorId;
    private final String status;

    private PublishedIndeksDesaRow(Builder b) {
        this.source = b.source;
        this.location = b.location;
        this.villageCode = b.villageCode;
        this.year = b.year;
        this.villageName = b.villageName;
        this.districtName = b.districtName;
        this.regencyName = b.regencyName;
        this.provinceName = b.provinceName;
        this.itemScores = b.itemScores == null ? null : List.copyOf(b.itemScores);
        this.dimensions = Collections.unmodifiableMap(new EnumMap<>(b.dimensions));
        this.skorId = b.skorId;
        this.status = b.status;
    }

    /**
     * Returns a builder; the row starts with no item scores, dimension sums, score or status.
     *
     * @param source the source, e.g. a file name, not null
     * @param location where in the source, e.g. "line 12", not null
     * @param villageCode the village code as text, not null
     * @param year the data year
     * @return the builder, not null
     */
    public static Builder builder(String source, String location, String villageCode, int year) {
        return new Builder(Objects.requireNonNull(source, "source"), Objects.requireNonNull(location, "location"),
                Objects.requireNonNull(villageCode, "villageCode"), year);
    }

    /**
     * Returns the row a dimension table would publish for a computed result, with the item scores:
     * the six point sums, the Skor ID to 2 decimals ("68.98") and the status in upper case.
     *
     * @param result the result, not null
     * @param source the source name to carry, not null
     * @param location the location to carry, not null
     * @return the row, not null
     */
    public static PublishedIndeksDesaRow of(IndeksDesaResult result, String source, String location) {
        Objects.requireNonNull(result, "result");
        Builder b = builder(source, location, result.villageCode().value(), result.year());
        List<String> scores = new ArrayList<>();
        for (int s : result.scores().toArray()) {
            scores.add(Integer.toString(s));
        }
        b.itemScores(scores);
        result.dimensionPoints().forEach((d, points) -> b.dimension(d, Integer.toString(points)));
        return b.skorId(result.skorId().toPublishedString()).status(result.status().officialName()).build();
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
     * Returns the data year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the village name.
     *
     * @return the name; empty if the table has none
     */
    public Optional<String> villageName() {
        return Optional.ofNullable(villageName);
    }

    /**
     * Returns the district (kecamatan) name.
     *
     * @return the name; empty if the table has none
     */
    public Optional<String> districtName() {
        return Optional.ofNullable(districtName);
    }

    /**
     * Returns the regency or city (kabupaten/kota) name.
     *
     * @return the name; empty if the table has none
     */
    public Optional<String> regencyName() {
        return Optional.ofNullable(regencyName);
    }

    /**
     * Returns the province name.
     *
     * @return the name; empty if the table has none
     */
    public Optional<String> provinceName() {
        return Optional.ofNullable(provinceName);
    }

    /**
     * Returns the published item score cells in official item order.
     *
     * @return the cells ("" where empty), unmodifiable; empty if the table has no item columns
     */
    public Optional<List<String>> itemScores() {
        return Optional.ofNullable(itemScores);
    }

    /**
     * Returns the published dimension point cells the table has.
     *
     * @return the cells per dimension ("" where empty), unmodifiable, empty if the table has none,
     *     not null
     */
    public Map<Dimension, String> dimensions() {
        return dimensions;
    }

    /**
     * Returns the published Skor ID cell (skor_id).
     *
     * @return the text ("" if the cell is empty); empty if the table has no such column
     */
    public Optional<String> skorId() {
        return Optional.ofNullable(skorId);
    }

    /**
     * Returns the published status cell (status_id, Status ID, STATUS ID 25).
     *
     * @return the text ("" if the cell is empty); empty if the table has no such column
     */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    /**
     * Returns whether the other row has the same source, place, village, year, names and cells.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PublishedIndeksDesaRow)) {
            return false;
        }
        PublishedIndeksDesaRow o = (PublishedIndeksDesaRow) other;
        return source.equals(o.source) && location.equals(o.location) && villageCode.equals(o.villageCode)
                && year == o.year && Objects.equals(villageName, o.villageName)
                && Objects.equals(districtName, o.districtName) && Objects.equals(regencyName, o.regencyName)
                && Objects.equals(provinceName, o.provinceName) && Objects.equals(itemScores, o.itemScores)
                && dimensions.equals(o.dimensions) && Objects.equals(skorId, o.skorId) && Objects.equals(status, o.status);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(source, location, villageCode, year, itemScores, dimensions, skorId, status);
    }

    /**
     * Returns the row in one line, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PublishedIndeksDesaRow[" + source + " " + location + " " + villageCode + " " + year + " "
                + (itemScores == null ? "no items" : itemScores.size() + " items") + " " + dimensions + " skor_id="
                + skorId + " status=" + status + "]";
    }

    /**
     * Builds a {@link PublishedIndeksDesaRow}. Not thread-safe.
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
        private List<String> itemScores;
        private final Map<Dimension, String> dimensions = new EnumMap<>(Dimension.class);
        private String skorId;
        private String status;

        private Builder(String source, String location, String villageCode, int year) {
            this.source = source;
            this.location = location;
            this.villageCode = villageCode;
            this.year = year;
        }

        /**
         * Sets the names the table has.
         *
         * @param villageName the village name, null if none
         * @param districtName the district name, null if none
         * @param regencyName the regency or city name, null if none
         * @param provinceName the province name, null if none
         * @return this builder
         */
        public Builder names(String villageName, String districtName, String regencyName, String provinceName) {
            this.villageName = villageName;
            this.districtName = districtName;
            this.regencyName = regencyName;
            this.provinceName = provinceName;
            return this;
        }

        /**
         * Sets the item score cells, in official item order.
         *
         * @param cells the cells as text ("" where empty), not null, no null element
         * @return this builder
         */
        public Builder itemScores(List<String> cells) {
            this.itemScores = List.copyOf(Objects.requireNonNull(cells, "cells"));
            return this;
        }

        /**
         * Sets one dimension's point cell.
         *
         * @param dimension the dimension, not null
         * @param cell the cell as text ("" where empty), not null
         * @return this builder
         */
        public Builder dimension(Dimension dimension, String cell) {
            dimensions.put(Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(cell, "cell"));
            return this;
        }

        /**
         * Sets the Skor ID cell.
         *
         * @param cell the cell as text ("" where empty), not null
         * @return this builder
         */
        public Builder skorId(String cell) {
            this.skorId = Objects.requireNonNull(cell, "cell");
            return this;
        }

        /**
         * Sets the status cell.
         *
         * @param cell the cell as text ("" where empty), not null
         * @return this builder
         */
        public Builder status(String cell) {
            this.status = Objects.requireNonNull(cell, "cell");
            return this;
        }

        /**
         * Builds the row.
         *
         * @return the row, not null
         */
        public PublishedIndeksDesaRow build() {
            return new PublishedIndeksDesaRow(this);
        }
    }
}

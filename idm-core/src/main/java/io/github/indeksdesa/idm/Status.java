// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The five village statuses of the IDM, from lowest to highest.
 *
 * <p>Each status covers an interval of IDM values whose lower bound is exclusive and upper bound
 * inclusive: an IDM exactly on a threshold belongs to the lower status (0.8155 is {@link #MAJU}).
 * The bounds returned here are the official edition's; a model may carry other thresholds (see
 * {@link StatusThresholds}).
 */
public enum Status {
    /** IDM ≤ 0.4907. Also called Desa Pratama. */
    SANGAT_TERTINGGAL("SANGAT TERTINGGAL", "Sangat Tertinggal", "Pratama", "Very underdeveloped"),
    /** 0.4907 &lt; IDM ≤ 0.5989. Also called Desa Pra-Madya. */
    TERTINGGAL("TERTINGGAL", "Tertinggal", "Pra-Madya", "Underdeveloped"),
    /** 0.5989 &lt; IDM ≤ 0.7072. Also called Desa Madya. */
    BERKEMBANG("BERKEMBANG", "Berkembang", "Madya", "Developing"),
    /** 0.7072 &lt; IDM ≤ 0.8155. Also called Desa Pra-Sembada. */
    MAJU("MAJU", "Maju", "Pra-Sembada", "Developed"),
    /** IDM &gt; 0.8155. Also called Desa Sembada. */
    MANDIRI("MANDIRI", "Mandiri", "Sembada", "Independent");

    private static final Status[] VALUES = values();
    private static final Map<String, Status> BY_NAME = names();

    private final String officialName;
    private final String label;
    private final String alternativeName;
    private final String englishName;

    Status(String officialName, String label, String alternativeName, String englishName) {
        this.officialName = officialName;
        this.label = label;
        this.alternativeName = alternativeName;
        this.englishName = englishName;
    }

    /**
     * Returns the name as the ministry writes it in status fields: upper case, with a space
     * ("SANGAT TERTINGGAL").
     *
     * @return the official name, not null
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Returns the title-case label of the report's status row ("Sangat Tertinggal").
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the alternative official name of Permendesa PDTT 2/2016 without the word "Desa":
     * Pratama, Pra-Madya, Madya, Pra-Sembada, Sembada.
     *
     * @return the alternative name, not null
     */
    public String alternativeName() {
        return alternativeName;
    }

    /**
     * Returns the English name ("Very underdeveloped" … "Independent").
     *
     * @return the English name, not null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the status a village of this status is asked to reach next: the next one up, and
     * {@link #MANDIRI} for MANDIRI, as in the ministry's TARGET_STATUS.
     *
     * @return the target status, not null
     */
    public Status target() {
        return this == MANDIRI ? MANDIRI : VALUES[ordinal() + 1];
    }

    /**
     * Returns the exclusive lower IDM bound of this status in the official edition; empty for
     * {@link #SANGAT_TERTINGGAL}.
     *
     * @return the bound with four decimals
     */
    public Optional<BigDecimal> lowerBound() {
        return StatusThresholds.official().lowerBound(this);
    }

    /**
     * Returns the inclusive upper IDM bound of this status in the official edition; empty for
     * {@link #MANDIRI}.
     *
     * @return the bound with four decimals
     */
    public Optional<BigDecimal> upperBound() {
        return StatusThresholds.official().upperBound(this);
    }

    /**
     * Returns the status of an exact IDM value under the official thresholds.
     *
     * @param idm the IDM value, not null
     * @return the status, not null
     */
    public static Status of(Fraction idm) {
        return StatusThresholds.official().classify(idm);
    }

    /**
     * Finds a status by any of its names, ignoring case, spaces, hyphens and underscores and an
     * optional leading "Desa": "SANGAT TERTINGGAL", "Sangat Tertinggal", "SANGAT_TERTINGGAL",
     * "Pratama", "Desa Pra-Madya", "Developing" all work.
     *
     * @param name the name, not null
     * @return the status, not null
     * @throws IllegalArgumentException if no status has that name; the message lists the names
     */
    public static Status parse(String name) {
        Objects.requireNonNull(name, "name");
        Status exact = BY_NAME.get(name);
        if (exact != null) {
            // Published tables spell the official name ("BERKEMBANG"): no copy of the text.
            return exact;
        }
        String key = normalise(name);
        if (key.startsWith("DESA") && key.length() > 4) {
            key = key.substring(4);
        }
        Status status = BY_NAME.get(key);
        if (status != null) {
            return status;
        }
        throw new IllegalArgumentException("status: unknown name \"" + name + "\"; expected one of "
                + Arrays.stream(VALUES).map(Status::officialName).collect(Collectors.joining(", "))
                + " (or Pratama, Pra-Madya, Madya, Pra-Sembada, Sembada)");
    }

    /**
     * Returns the official name, as {@link #officialName()} ("SANGAT TERTINGGAL"); {@link #name()}
     * stays the Java constant ("SANGAT_TERTINGGAL").
     *
     * @return the official name, not null
     */
    @Override
    public String toString() {
        return officialName;
    }

    /** Every name of every status, normalised, for {@link #parse}: it runs once per row of a table. */
    private static Map<String, Status> names() {
        Map<String, Status> names = new HashMap<>();
        for (Status s : values()) {
            names.put(normalise(s.officialName), s);
            names.put(normalise(s.alternativeName), s);
            names.put(normalise(s.englishName), s);
        }
        return Map.copyOf(names);
    }

    /** Drops white space (as the regex class {@code \\s}: ASCII only), underscores and hyphens; upper case. */
    private static String normalise(String s) {
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dropped = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '_' || c == '-';
            if (!dropped) {
                kept.append(c);
            }
        }
        return kept.toString().toUpperCase(Locale.ROOT);
    }
}

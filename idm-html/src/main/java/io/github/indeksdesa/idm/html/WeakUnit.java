// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.Objects;

/**
 * A weak indicator (IDM) or item (Indeks Desa) of one village: its score and what the ministry's
 * texts say about it.
 *
 * @param code the code ("IKS05", "LD03"), not null
 * @param name the official name, not null
 * @param group the index or dimension it belongs to ("IKS", "LD"), not null
 * @param score the village's score
 * @param maximum the highest score
 * @param meaning what the score means (KETERANGAN), empty where the ministry has none
 * @param activity the recommended activity (KEGIATAN), empty where the ministry has none
 * @param agencies who can act on it, by level ("KAB Dinas Kesehatan; DESA Pemdes"), possibly empty
 */
public record WeakUnit(String code, String name, String group, int score, int maximum, String meaning,
        String activity, String agencies) {

    /**
     * Checks the arguments.
     *
     * @param code see {@link #code()}
     * @param name see {@link #name()}
     * @param group see {@link #group()}
     * @param score see {@link #score()}
     * @param maximum see {@link #maximum()}
     * @param meaning see {@link #meaning()}
     * @param activity see {@link #activity()}
     * @param agencies see {@link #agencies()}
     */
    public WeakUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(agencies, "agencies");
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.report;

/**
 * What a row of the ministry's report holds.
 */
public enum RowKind {
    /** One indicator: its score, texts, gain and agencies. */
    INDICATOR,
    /** The value of an index ("IKS 2024"), after that index's indicators. */
    SUBTOTAL,
    /** The IDM ("IDM 2024"). */
    IDM,
    /** The status in title case ("STATUS IDM 2024"), the last row. */
    STATUS
}

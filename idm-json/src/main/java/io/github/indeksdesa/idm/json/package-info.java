// SPDX-License-Identifier: Apache-2.0
/**
 * Jackson binding for the idm-core values and the ministry's formats.
 */
package io.github.indeksdesa.idm.json;

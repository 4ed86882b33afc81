// SPDX-License-Identifier: Apache-2.0
/**
 * Internals shared by the packages of idm-core; not exported, not part of the API.
 */
package io.github.indeksdesa.idm.internal;

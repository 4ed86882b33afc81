/**
 * Planning: the cheapest way to lift a village to a target status, the work per agency, and how
 * villages moved between years.
 */
package io.github.indeksdesa.idm.plan;

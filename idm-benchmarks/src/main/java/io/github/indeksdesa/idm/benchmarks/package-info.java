/**
 * JMH benchmarks.
 */
package io.github.indeksdesa.idm.benchmarks;

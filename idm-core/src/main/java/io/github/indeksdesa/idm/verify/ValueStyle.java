// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates this package's value types: package-private implementations behind
 * hand-written factories, no builders. SOURCE retention keeps the annotation jar off consumers'
 * compile classpath.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, allParameters = true,
        defaults = @Value.Immutable(builder = false, copy = false), jdkOnly = true)
@interface ValueStyle {
}

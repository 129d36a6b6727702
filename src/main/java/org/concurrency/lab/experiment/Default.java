package org.concurrency.lab.experiment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field's default, stated once: what the field is when the body leaves it out
 * or gives {@code null}. {@link LabRequest#withDefaults} fills it in, and the OpenAPI
 * document shows it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {

	/** A number's default. */
	double value() default Double.NaN;

	/** An enum's default, as its JSON names it. */
	String text() default "";

}

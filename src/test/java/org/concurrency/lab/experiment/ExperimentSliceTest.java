package org.concurrency.lab.experiment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A controller slice with the real engine under it, and the limits as
 * {@code lab.limits.*} sets them ({@code properties} may change them): the one fixture
 * every topic's controller tests share.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(ExperimentSliceTest.Engine.class)
public @interface ExperimentSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

	/** Properties to set, e.g. {@code lab.limits.deadline=2s}. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "properties")
	String[] properties() default {};

	/** The engine and its limits. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LabLimits.class)
	@Import(ExperimentEngine.class)
	class Engine {

	}

}

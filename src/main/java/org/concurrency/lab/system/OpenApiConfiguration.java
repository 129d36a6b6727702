package org.concurrency.lab.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's cover page (each endpoint describes itself), and its schemas
 * named as the JSON really is.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI labOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Concurrency Lab").version("0.1").license(new License().name("MIT")).description("""
					Run real concurrency experiments on a Java 25 JVM and see what happened: wall time, \
					CPU time, threads and processes started, a per-task timeline and a one-line lesson. \
					Every experiment is a POST whose body is optional (the defaults run); JSON is snake_case. \
					Ask for `Accept: text/plain` to get a report as a table with an ASCII timeline. \
					Bad input answers 400 with application/problem+json naming each field; \
					too many experiments at once answer 429 with Retry-After."""));
	}

	/**
	 * Schemas in snake_case, as {@code spring.jackson.property-naming-strategy} writes
	 * and reads them: springdoc reads the records with its own mapper, which would
	 * otherwise document {@code numWorkers} and make Swagger UI send a field the lab
	 * refuses.
	 */
	@Bean
	ModelResolver snakeCaseModelResolver() {
		return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE),
				new NestedTypeNames());
	}

	/**
	 * Names a nested record after its enclosing type too ({@code EventResultVariant}):
	 * schemas are keyed by name, and five topics each have a {@code Variant}, which would
	 * otherwise overwrite one another in the document.
	 */
	static final class NestedTypeNames extends TypeNameResolver {

		@Override
		protected String getNameOfClass(Class<?> type) {
			String name = super.getNameOfClass(type);
			Class<?> enclosing = type.getEnclosingClass();
			return (enclosing != null && !name.contains(".")) ? getNameOfClass(enclosing) + name : name;
		}

	}

}

package org.concurrency.lab.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's cover page; each endpoint describes itself. */
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

}

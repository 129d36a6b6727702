package org.concurrency.lab.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reports as JSON by default, or as a text table with an ASCII timeline for
 * {@code Accept: text/plain}. The text converter goes last, so that
 * {@code Accept: *}{@code /*} (curl's default) still gets JSON.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList((converters) -> converters.add(new ReportTextConverter()));
	}

}

package org.concurrency.lab.system;

import java.util.ArrayList;
import java.util.List;

import org.concurrency.lab.experiment.LabRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;

/**
 * Every experiment's body is optional, once for every endpoint: an absent body (with or
 * without a Content-Type), an empty one and a JSON {@code null} all mean the request's
 * defaults, so a controller takes a {@code @Valid @RequestBody} request that is never
 * null. Anything else is read, validated and refused as Spring MVC does.
 */
@Component
class LabRequestBodies implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			public void afterPropertiesSet() {
				super.afterPropertiesSet();
				List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
				List<HandlerMethodArgumentResolver> standard = getArgumentResolvers();
				if (standard != null) {
					standard.stream()
						.filter(RequestResponseBodyMethodProcessor.class::isInstance)
						.findFirst()
						.ifPresent((body) -> resolvers.add(new DefaultsWhenAbsent(body)));
					resolvers.addAll(standard);
				}
				setArgumentResolvers(resolvers);
			}

		};
	}

	/** A {@link LabRequest} body read as usual, or its defaults where there is none. */
	private static final class DefaultsWhenAbsent implements HandlerMethodArgumentResolver {

		private final HandlerMethodArgumentResolver body;

		DefaultsWhenAbsent(HandlerMethodArgumentResolver body) {
			this.body = body;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(RequestBody.class)
					&& LabRequest.class.isAssignableFrom(parameter.getParameterType());
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binders) throws Exception {
			Object read = this.body.resolveArgument(new Optional(parameter), container, request, binders);
			return (read != null) ? read
					: LabRequest.defaults(parameter.getParameterType().asSubclass(LabRequest.class));
		}

	}

	/** The parameter as Spring MVC sees an optional one: a missing body is no error. */
	private static final class Optional extends MethodParameter {

		Optional(MethodParameter original) {
			super(original);
		}

		@Override
		public boolean isOptional() {
			return true;
		}

		@Override
		public Optional clone() {
			return new Optional(this);
		}

	}

}

package org.concurrency.lab.system;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Topic;
import org.concurrency.lab.experiment.Variant;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Serves every {@link Topic}'s variants: {@code POST /<topic>/<label>} runs the variant
 * on its request. The body is optional, once for every endpoint: an absent body (with or
 * without a Content-Type), an empty one and a JSON {@code null} all mean the request's
 * defaults; anything else is read into the variant's own request type, validated and
 * refused as Spring MVC does.
 */
@Component
class VariantEndpoints implements WebMvcRegistrations {

	private static final Method RUN = ReflectionUtils.findMethod(Handler.class, "run", LabRequest.class);

	private static final Method STREAM = ReflectionUtils.findMethod(Handler.class, "stream", LabRequest.class);

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new RequestMappingHandlerMapping() {

			@Override
			protected void initHandlerMethods() {
				super.initHandlerMethods();
				ExperimentEngine engine = obtainApplicationContext().getBean(ExperimentEngine.class);
				for (Topic topic : obtainApplicationContext().getBeansOfType(Topic.class).values()) {
					for (Variant<?, ?> variant : topic.variants()) {
						Handler handler = new Handler(engine, variant);
						registerMapping(RequestMappingInfo.paths(Topic.path(variant))
							.methods(RequestMethod.POST)
							.options(getBuilderConfiguration())
							.build(), handler, RUN);
						registerMapping(RequestMappingInfo.paths(Topic.path(variant))
							.methods(RequestMethod.POST)
							.produces(MediaType.TEXT_EVENT_STREAM_VALUE)
							.options(getBuilderConfiguration())
							.build(), handler, STREAM);
					}
				}
			}

		};
	}

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			public void afterPropertiesSet() {
				super.afterPropertiesSet();
				List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
				resolvers.add(new Bodies(getMessageConverters()));
				List<HandlerMethodArgumentResolver> standard = getArgumentResolvers();
				if (standard != null) {
					resolvers.addAll(standard);
				}
				setArgumentResolvers(resolvers);
			}

		};
	}

	/**
	 * One variant's endpoint: hands the request to the engine, and answers its report, or
	 * for {@code Accept: text/event-stream} the run as it goes.
	 */
	static final class Handler {

		private final ExperimentEngine engine;

		private final Variant<?, ?> variant;

		Handler(ExperimentEngine engine, Variant<?, ?> variant) {
			this.engine = engine;
			this.variant = variant;
		}

		Variant<?, ?> variant() {
			return this.variant;
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		@ResponseBody
		public Report<?, ?> run(@Valid @RequestBody LabRequest body) {
			// Bodies read it as the variant's bodyType()
			return this.engine.run((Variant) this.variant, this.variant.request(body, this.engine.limits()));
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		public SseEmitter stream(@Valid @RequestBody LabRequest body) {
			LabRequest request = this.variant.request(body, this.engine.limits());
			return LiveRun.start(this.engine.limits(),
					(observer) -> this.engine.run((Variant) this.variant, request, observer));
		}

	}

	/**
	 * A {@link LabRequest} body read into the variant's request type, or its defaults.
	 */
	private static final class Bodies extends RequestResponseBodyMethodProcessor {

		Bodies(List<HttpMessageConverter<?>> converters) {
			super(converters);
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(RequestBody.class)
					&& LabRequest.class.isAssignableFrom(parameter.getParameterType());
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binders) throws Exception {
			Class<? extends LabRequest> type = requestType(parameter, request);
			Object body = readWithMessageConverters(request, new Typed(parameter, type), type);
			LabRequest read = (body != null) ? LabRequest.withDefaults((LabRequest) body) : LabRequest.defaults(type);
			if (binders != null) {
				WebDataBinder binder = binders.createBinder(request, read, "body");
				validateIfApplicable(binder, parameter);
				BindingResult result = binder.getBindingResult();
				if (result.hasErrors()) {
					throw new MethodArgumentNotValidException(parameter, result);
				}
				if (container != null) {
					container.addAttribute(BindingResult.MODEL_KEY_PREFIX + "body", result);
				}
			}
			return read;
		}

		/** A missing body is the defaults, not an error. */
		@Override
		protected boolean checkRequired(MethodParameter parameter) {
			return false;
		}

		/** The handler's {@code LabRequest} parameter as the variant's own body type. */
		private static final class Typed extends MethodParameter {

			private final Class<?> type;

			Typed(MethodParameter original, Class<?> type) {
				super(original);
				this.type = type;
			}

			@Override
			public Class<?> getParameterType() {
				return this.type;
			}

			@Override
			public Type getGenericParameterType() {
				return this.type;
			}

			@Override
			public Class<?> getNestedParameterType() {
				return this.type;
			}

			@Override
			public Type getNestedGenericParameterType() {
				return this.type;
			}

			@Override
			public Typed clone() {
				return new Typed(this, this.type);
			}

		}

		private static Class<? extends LabRequest> requestType(MethodParameter parameter, NativeWebRequest request) {
			Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
					RequestAttributes.SCOPE_REQUEST);
			if (handler instanceof HandlerMethod method && method.getBean() instanceof Handler endpoint) {
				return endpoint.variant().bodyType().asSubclass(LabRequest.class);
			}
			return parameter.getParameterType().asSubclass(LabRequest.class);
		}

	}

}

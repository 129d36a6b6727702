package org.concurrency.lab.system;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code GET /}: the topics and their endpoints, read from the lab's own request mappings
 * so the index cannot drift from what the server really serves.
 */
@RestController
class IndexController {

	private final RequestMappingHandlerMapping mappings;

	IndexController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@GetMapping("/")
	@Hidden
	Map<String, Object> index() {
		Map<String, List<Endpoint>> topics = new TreeMap<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().getPackageName().startsWith("org.concurrency.lab")
					|| method.getBeanType() == IndexController.class) {
				return;
			}
			for (String path : info.getPatternValues()) {
				String topic = topicOf(path);
				topics.computeIfAbsent(topic, (name) -> new java.util.ArrayList<>())
					.add(new Endpoint(methods(info), path, summaryOf(method)));
			}
		});
		topics.values().forEach((endpoints) -> endpoints.sort(java.util.Comparator.comparing(Endpoint::path)));
		return Map.of("name", "Concurrency Lab", "docs", "/swagger-ui.html", "openapi", "/v3/api-docs", "topics",
				topics);
	}

	private static String topicOf(String path) {
		String[] segments = path.split("/");
		return (segments.length > 1) ? segments[1] : path;
	}

	private static String methods(RequestMappingInfo info) {
		return info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().findFirst().orElse("GET");
	}

	private static String summaryOf(HandlerMethod method) {
		if (method.getBean() instanceof VariantEndpoints.Handler endpoint) {
			return endpoint.variant().summary();
		}
		Operation operation = method.getMethodAnnotation(Operation.class);
		return (operation != null) ? operation.summary() : "";
	}

	/**
	 * One endpoint.
	 *
	 * @param method the HTTP method
	 * @param path the path
	 * @param summary what it does
	 */
	record Endpoint(String method, String path, String summary) {
	}

}

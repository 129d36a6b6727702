package org.concurrency.lab.system;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.Comment;
import com.github.therapi.runtimejavadoc.CommentFormatter;
import com.github.therapi.runtimejavadoc.ParamJavadoc;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Topic;
import org.concurrency.lab.experiment.Variant;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's cover page (each endpoint describes itself), and its schemas
 * named as the JSON really is.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final Pattern REFERENCE = Pattern.compile("#/components/schemas/([\\w.-]+)");

	@Bean
	OpenAPI labOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Concurrency Lab").version("0.1").license(new License().name("MIT")).description("""
					Run real concurrency experiments on a Java 25 JVM and see what happened: wall time, \
					CPU time, threads and processes started, a per-task timeline and a one-line lesson. \
					Every experiment is a POST whose body is optional (the defaults run); JSON is snake_case. \
					Ask for `Accept: text/plain` to get a report as a table with an ASCII timeline, \
					or `Accept: text/event-stream` to follow the run live as Server-Sent Events. \
					Every report has a run_id: GET /runs/{id} gives it back, GET /runs/{id}/trace \
					gives it as Chrome Trace Event JSON for ui.perfetto.dev. \
					Bad input answers 400 with application/problem+json naming each field; \
					too many experiments at once answer 429 with Retry-After."""));
	}

	/**
	 * Each variant's operation as its own: its summary and topic, its request as the body
	 * and its report as the answer ({@link VariantEndpoints} serves every variant through
	 * one handler method, whose types say only {@code LabRequest} and {@code Report}).
	 */
	@Bean
	OpenApiCustomizer variantOperations(List<Topic> topics) {
		SpringDocUtils.getConfig().addRestControllers(VariantEndpoints.Handler.class);
		return (openApi) -> {
			for (Topic topic : topics) {
				Tag tag = (openApi.getTags() != null) ? openApi.getTags()
					.stream()
					.filter((named) -> named.getName().equals(topic.name()))
					.findFirst()
					.orElse(null) : null;
				if (tag == null) {
					openApi.addTagsItem(new Tag().name(topic.name()).description(topic.description()));
				}
				else {
					tag.setDescription(topic.description());
				}
				for (Variant<?, ?> variant : topic.variants()) {
					Operation post = openApi.getPaths().get(Topic.path(variant)).getPost();
					post.setTags(List.of(topic.name()));
					post.setSummary(variant.summary());
					post.setOperationId(JsonNames.camel(topic.name() + "-" + variant.label()));
					post.setRequestBody(new RequestBody().content(json(variant.bodyType(), openApi)));
					Content report = json(variant.reportType(), openApi);
					report.addMediaType("text/event-stream",
							new MediaType().schema(new StringSchema()
								.description("With Accept: text/event-stream, the run as it goes: event started, "
										+ "task (a timeline entry), progress (at most every 100 ms), then report "
										+ "(this JSON)")));
					post.setResponses(new ApiResponses().addApiResponse("200",
							new ApiResponse().description("The run's report").content(report)));
				}
			}
			dropUnreferenced(openApi);
		};
	}

	private static Content json(Type type, OpenAPI openApi) {
		ResolvedSchema resolved = ModelConverters.getInstance(true)
			.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
		resolved.referencedSchemas
			.forEach((name, schema) -> openApi.getComponents().getSchemas().putIfAbsent(name, schema));
		return new Content().addMediaType("application/json", new MediaType().schema(resolved.schema));
	}

	/** The schemas of the one handler method's own types, which no operation uses now. */
	private static void dropUnreferenced(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Set<String> reached = new HashSet<>();
		List<String> toVisit = new ArrayList<>(references(Json31.pretty(openApi.getPaths())));
		while (!toVisit.isEmpty()) {
			String name = toVisit.removeLast();
			if (reached.add(name) && schemas.containsKey(name)) {
				toVisit.addAll(references(Json31.pretty(schemas.get(name))));
			}
		}
		schemas.keySet().retainAll(reached);
	}

	private static List<String> references(String json) {
		return REFERENCE.matcher(json).results().map((match) -> match.group(1)).toList();
	}

	/**
	 * Schemas in snake_case, as {@code spring.jackson.property-naming-strategy} writes
	 * and reads them: springdoc reads the records with its own mapper, which would
	 * otherwise document {@code numWorkers} and make Swagger UI send a field the lab
	 * refuses.
	 */
	@Bean
	ModelResolver snakeCaseModelResolver() {
		return new RequestDefaults(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
	}

	/**
	 * A request's defaults and least values, taken from the request itself: each field's
	 * {@code default} (and {@code example}, unless it gives one) is what its constructor
	 * fills in for a missing field, and a {@code @Positive} whole number's
	 * {@code minimum} is 1; its description and each field's are the record's Javadoc and
	 * its {@code @param}s (baked into the classes by therapi's annotation processor).
	 * Nothing is written twice in {@code @Schema}.
	 */
	static final class RequestDefaults extends ModelResolver {

		private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

		private static final CommentFormatter FORMATTER = new CommentFormatter();

		RequestDefaults(ObjectMapper mapper) {
			super(mapper, new NestedTypeNames());
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public Schema resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> next) {
			Schema schema = super.resolve(annotated, context, next);
			Class<?> type = this._mapper.constructType(annotated.getType()).getRawClass();
			if (schema == null || !LabRequest.class.isAssignableFrom(type) || !type.isRecord()) {
				return schema;
			}
			Schema model = (schema.get$ref() != null)
					? context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1))
					: schema;
			if (model == null || model.getProperties() == null) {
				return schema;
			}
			JsonNode defaults = this._mapper.valueToTree(LabRequest.defaults(type.asSubclass(LabRequest.class)));
			Map<String, Schema> properties = model.getProperties();
			ClassJavadoc javadoc = RuntimeJavadoc.getJavadoc(type);
			if (model.getDescription() == null && !javadoc.isEmpty()) {
				model.setDescription(text(javadoc.getComment()));
			}
			for (ParamJavadoc param : javadoc.getRecordComponents()) {
				Schema property = properties.get(SNAKE_CASE.translate(param.getName()));
				if (property != null && property.getDescription() == null) {
					property.setDescription(text(param.getComment()));
				}
			}
			properties.forEach((name, property) -> {
				JsonNode value = defaults.get(name);
				if (value != null && !value.isNull()) {
					Object plain = this._mapper.convertValue(value, Object.class);
					property.setDefault(plain);
					if (property.getExample() == null) {
						property.setExample(plain);
					}
				}
				if (Boolean.TRUE.equals(property.getExclusiveMinimum()) && "integer".equals(property.getType())
						&& property.getMinimum() != null) {
					// @Positive's "greater than 0"; a @Schema minimum given beside it
					// stays
					property.setMinimum(property.getMinimum().max(BigDecimal.ONE));
					property.setExclusiveMinimum(null);
				}
			});
			return schema;
		}

		/** A Javadoc comment as the one line of plain text it is written as. */
		private static String text(Comment comment) {
			return FORMATTER.format(comment).strip().replaceAll("\\s+", " ");
		}

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

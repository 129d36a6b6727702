package org.concurrency.lab.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAlias;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.concurrency.lab.experiment.ExperimentFailedException;
import org.concurrency.lab.experiment.ExperimentsBusyException;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.PreviewClasses;
import org.concurrency.lab.experiment.PreviewUnavailableException;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error as {@code application/problem+json} (RFC 9457): bad input is a 400
 * naming each field, the value given and what is allowed; a busy lab is a 429 with
 * {@code Retry-After}. No body carries a stack trace or a class name.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ProblemHandler.class);

	/**
	 * How Jackson names a number too large for its field: "Numeric value (999) out of
	 * range".
	 */
	private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((\\S+)\\)");

	@ExceptionHandler
	ResponseEntity<Object> limitExceeded(LimitExceededException ex) {
		return badRequest("Parameters over the lab's limits",
				"Each field below is outside what the lab allows; the limits are set under lab.limits.*",
				ex.violations());
	}

	@ExceptionHandler
	ResponseEntity<Object> busy(ExperimentsBusyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setTitle("Too many experiments at once");
		problem.setProperty("running", ex.running());
		problem.setProperty("limit", ex.limit());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.body(problem);
	}

	@ExceptionHandler
	ResponseEntity<Object> previewUnavailable(PreviewUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED, ex.getMessage());
		problem.setTitle("This JVM cannot run this lesson");
		problem.setProperty("needs", "JDK " + PreviewClasses.RELEASE + " with --enable-preview");
		problem.setProperty("running", "JDK " + Runtime.version());
		return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<Object> failed(ExperimentFailedException ex) {
		logger.error(ex.getMessage(), ex.getCause());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, ex.report().note());
		problem.setTitle("The experiment failed");
		problem.setProperty("experiment", ex.report().experiment());
		problem.setProperty("method", ex.report().method());
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new Violation(JsonNames.of(error.getField()), error.getRejectedValue(),
					String.valueOf(error.getDefaultMessage()), null))
			.toList();
		return badRequest("Invalid parameters", "Each field below has a value that is not allowed", violations);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			List<String> accepted = accepted(unknown.getKnownPropertyIds(), unknown.getReferringClass());
			ProblemDetail problem = problem("Unknown field",
					"'" + unknown.getPropertyName() + "' is not a field of this request; accepted fields: " + accepted,
					List.of(new Violation(unknown.getPropertyName(), null, "one of " + accepted, null)));
			problem.setProperty("accepted_fields", accepted);
			return ResponseEntity.badRequest().body(problem);
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return wrongType(mismatch, expected(mismatch.getTargetType()));
		}
		if (cause instanceof InputCoercionException coercion && !coercion.getPath().isEmpty()) {
			return wrongType(coercion, expected(coercion.getTargetType()) + " in its type's range");
		}
		if (cause instanceof StreamReadException syntax) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The body is not valid JSON: " + describe(syntax));
			problem.setTitle("Malformed JSON");
			return ResponseEntity.badRequest().body(problem);
		}
		// valid JSON of the wrong shape ([] or "x"): Jackson's own words would name Java
		// classes
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The body must be a JSON object of this request's fields, e.g. {\"iterations\": 5}, or nothing at all");
		problem.setTitle("Invalid body");
		return ResponseEntity.badRequest().body(problem);
	}

	private static ResponseEntity<Object> wrongType(JacksonException ex, String allowed) {
		String field = path(ex);
		return badRequest("Invalid parameters", "'" + field + "' has a value of the wrong type",
				List.of(new Violation(field, givenValue(ex), allowed, null)));
	}

	/**
	 * What the client sent for a field of the wrong type, read from the parser's token.
	 */
	private static @Nullable Object givenValue(JacksonException ex) {
		if (ex instanceof InvalidFormatException format) {
			return format.getValue();
		}
		Matcher number = OUT_OF_RANGE.matcher(String.valueOf(ex.getOriginalMessage()));
		if (ex instanceof InputCoercionException && number.find()) {
			return number.group(1);
		}
		try {
			return (ex.processor() instanceof JsonParser parser) ? parser.getString() : null;
		}
		catch (JacksonException unreadable) {
			return null;
		}
	}

	/** Jackson's message without the parts that describe its own internals. */
	private static String describe(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		int internals = message.indexOf(" (start marker");
		if (internals < 0) {
			internals = message.indexOf("\n");
		}
		message = (internals >= 0) ? message.substring(0, internals) : message;
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0)
				? message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : message;
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."));
	}

	private static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "a value of another type";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (type == Double.class || type == double.class) {
			return "a number";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants())
				.stream()
				.map((constant) -> JsonNames.ofEnum((Enum<?>) constant))
				.toList();
		}
		return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The request's field names, and the other names it accepts for them
	 * ({@code num_threads}).
	 */
	private static List<String> accepted(@Nullable Collection<Object> known, @Nullable Class<?> request) {
		Stream<String> names = (known != null) ? known.stream().map(String::valueOf) : Stream.empty();
		Stream<String> aliases = (request != null) ? Arrays.stream(request.getDeclaredFields())
			.map((field) -> field.getAnnotation(JsonAlias.class))
			.filter(Objects::nonNull)
			.flatMap((alias) -> Arrays.stream(alias.value())) : Stream.empty();
		return Stream.concat(names, aliases).distinct().sorted().toList();
	}

	private static ResponseEntity<Object> badRequest(String title, String detail, List<Violation> violations) {
		return ResponseEntity.badRequest().body(problem(title, detail, violations));
	}

	private static ProblemDetail problem(String title, String detail, List<Violation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(title);
		problem.setProperty("errors", violations);
		return problem;
	}

}

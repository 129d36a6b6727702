package org.concurrency.lab.experiment;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * A request's fields checked against the lab's limits before a run starts: what
 * {@link LabRequest#check} and {@link Variant#check} add to. A field's least value is its
 * own Bean Validation minimum ({@code @Positive}, {@code @Min(2)} …), stated once on the
 * request; its greatest is set by a {@link Limit}.
 */
public final class LimitCheck {

	private final LabLimits lab;

	private final Class<?> request;

	private final List<Violation> found = new ArrayList<>();

	public LimitCheck(LabLimits lab, Class<?> request) {
		this.lab = lab;
		this.request = request;
	}

	/** The limits in force. */
	public LabLimits lab() {
		return this.lab;
	}

	/**
	 * Every field of {@code request} that states its limit with {@link AtMost}, in the
	 * order the record declares them.
	 */
	public LimitCheck fields(LabRequest request) {
		RecordComponent[] components = request.getClass().getRecordComponents();
		for (RecordComponent component : (components != null) ? components : new RecordComponent[0]) {
			AtMost most = component.getAnnotation(AtMost.class);
			if (most == null) {
				continue;
			}
			ReflectionUtils.makeAccessible(component.getAccessor());
			Object value = ReflectionUtils.invokeMethod(component.getAccessor(), request);
			String field = snakeCase(component.getName());
			if (value instanceof Double seconds) {
				atMostSeconds(field, seconds, most.value());
			}
			else if (value instanceof Number number) {
				atMost(field, number.longValue(), most.value());
			}
		}
		return this;
	}

	/** {@code value} at most the limit itself. */
	public LimitCheck atMost(String field, long value, Limit limit) {
		return atMost(field, value, limit.of(this.lab), limit);
	}

	/** {@code value} at most {@code max}, a bound that {@code limit} sets. */
	public LimitCheck atMost(String field, long value, long max, Limit limit) {
		return between(field, value, (long) minimum(field), max, limit);
	}

	/** Seconds at most {@code limit}'s milliseconds. */
	public LimitCheck atMostSeconds(String field, double seconds, Limit limit) {
		double max = limit.of(this.lab) / 1000.0;
		double min = minimum(field);
		if (seconds > max || seconds < min) {
			this.found.add(new Violation(field, seconds, "between " + min + " and " + max, limit.property()));
		}
		return this;
	}

	/**
	 * {@code min <= value <= max}, for a least value that depends on other fields (the
	 * field's own minimum is checked by Bean Validation first).
	 */
	public LimitCheck between(String field, long value, long min, long max, Limit limit) {
		if (value < min || value > max) {
			this.found.add(new Violation(field, value, "between " + min + " and " + max, limit.property()));
		}
		return this;
	}

	/**
	 * {@code count} things of about {@code bytesEach} each fit in the heap this JVM has
	 * left ({@link HeapBudget}: what is free, less a quarter for garbage and what running
	 * runs were promised). Heap in use counts garbage too, so when no run holds a promise
	 * a request that seems not to fit is measured again after a full collection before it
	 * is refused; the refusal says how much heap the request needs and what {@code -Xmx}
	 * would allow it. Not checked for a field already out of its range. The run itself
	 * then reserves the heap ({@link RunContext#reserveHeap}).
	 */
	public LimitCheck fitsHeap(String field, long count, long bytesEach) {
		if (this.found.stream().anyMatch((violation) -> violation.field().equals(field))) {
			return this;
		}
		// what fits once other runs have ended is the reservation's to refuse, with a 429
		if (!HeapBudget.mayFit(count * bytesEach)) {
			this.found
				.add(new Violation(field, count, HeapBudget.refusal((long) minimum(field), count, bytesEach), "-Xmx"));
		}
		return this;
	}

	/** A violation worded by the request itself. */
	public LimitCheck add(Violation violation) {
		this.found.add(violation);
		return this;
	}

	/** Whether nothing was found so far. */
	public boolean passed() {
		return this.found.isEmpty();
	}

	/** What was found, in the order checked. */
	public List<Violation> violations() {
		return List.copyOf(this.found);
	}

	/** Throws naming every violation found. */
	public void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new LimitExceededException(this.found);
		}
	}

	/** The field's Bean Validation minimum, found from its JSON name. */
	private double minimum(String field) {
		Field declared = declared(field);
		if (declared == null) {
			return 0;
		}
		if (declared.getAnnotation(Positive.class) != null) {
			return 1;
		}
		Min min = declared.getAnnotation(Min.class);
		if (min != null) {
			return min.value();
		}
		DecimalMin decimal = declared.getAnnotation(DecimalMin.class);
		if (decimal != null) {
			return new BigDecimal(decimal.value()).doubleValue();
		}
		return 0; // @PositiveOrZero, or no minimum stated
	}

	private @Nullable Field declared(String jsonName) {
		for (Field field : this.request.getDeclaredFields()) {
			if (snakeCase(field.getName()).equals(jsonName)) {
				return field;
			}
		}
		return null;
	}

	private static String snakeCase(String javaName) {
		return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}

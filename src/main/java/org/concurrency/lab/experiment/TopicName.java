package org.concurrency.lab.experiment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A topic's name, as its URLs and reports give it, stated once: on the enum or sealed
 * interface of its variants. {@link Variant#topic()} reads it, and the topic's controller
 * takes it from its variants.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TopicName {

	/** The topic, such as {@code race-conditions}. */
	String value();

	/** Each variant class's topic, found once. */
	ClassValue<String> OF = new ClassValue<>() {

		@Override
		protected String computeValue(Class<?> type) {
			Deque<Class<?>> toVisit = new ArrayDeque<>();
			toVisit.add(type);
			while (!toVisit.isEmpty()) {
				Class<?> visited = toVisit.removeFirst();
				TopicName name = visited.getAnnotation(TopicName.class);
				if (name != null) {
					return name.value();
				}
				if (visited.getSuperclass() != null) {
					toVisit.add(visited.getSuperclass()); // an enum constant's body: its
															// enum
				}
				toVisit.addAll(java.util.List.of(visited.getInterfaces()));
			}
			throw new IllegalStateException(type.getName() + " has no @TopicName on its enum or interfaces");
		}

	};

}

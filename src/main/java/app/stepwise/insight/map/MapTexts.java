package app.stepwise.insight.map;

import java.util.Map;

/**
 * The texts a map shows, in one language: a message key and its arguments in, the text
 * out. Texts are plain; the map escapes them.
 */
@FunctionalInterface
public interface MapTexts {

	String get(String key, Map<String, ?> arguments);

	default String get(String key) {
		return get(key, Map.of());
	}

}

package app.stepwise.flow;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Microsoft cloud a tenant lives in; each has its own admin centers and support
 * channel.
 */
public enum Cloud {

	WORLDWIDE("worldwide"), GERMANY("germany"), CHINA_21VIANET("21vianet");

	private final String id;

	Cloud(String id) {
		this.id = id;
	}

	/** The stable id used in URLs, data files and message keys. */
	public String id() {
		return id;
	}

	public static Optional<Cloud> byId(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
	}

}

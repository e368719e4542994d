package app.stepwise.wizard;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a step's address says about a run: the flow it started in, the answers given, and
 * the tenant's cloud. The address {@code /flow/<flow>/<step>?path=a.b.c&cloud=germany}
 * recreates the run anywhere, which makes a step shareable and survives reloads.
 * Malformed parts are dropped, so an address typed or tampered with never fails.
 */
public record RunAddress(String flowId, List<String> path, Cloud cloud) {

	public static final String PATH = "path";

	public static final String CLOUD = "cloud";

	public static final String ENTRY = "entry";

	private static final String SEPARATOR = ".";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_ID_LENGTH = 60;

	public RunAddress {
		path = List.copyOf(path);
	}

	/**
	 * Reads an address from a route's flow id and its query parameters as the router
	 * gives them (only the first value of each counts), dropping what is malformed.
	 */
	public static RunAddress parse(String flowId, Map<String, List<String>> query) {
		return parse(flowId, first(query, PATH), first(query, CLOUD));
	}

	private static RunAddress parse(String flowId, @Nullable String path, @Nullable String cloud) {
		List<String> answers = new ArrayList<>();
		if (path != null && path.length() <= FlowRun.MAX_PATH_LENGTH * (MAX_ID_LENGTH + 1)) {
			for (String part : path.split(Pattern.quote(SEPARATOR), -1)) {
				if (!isId(part) || answers.size() >= FlowRun.MAX_PATH_LENGTH) {
					break;
				}
				answers.add(part);
			}
		}
		Cloud c = cloud == null ? Cloud.WORLDWIDE : Cloud.byId(cloud).orElse(Cloud.WORLDWIDE);
		return new RunAddress(flowId, answers, c);
	}

	public static RunAddress of(FlowRun run) {
		return new RunAddress(run.flow().id(), run.path(), run.cloud());
	}

	/**
	 * The first value of a query parameter, as the address gave it; null if it has none.
	 */
	static @Nullable String first(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return values == null || values.isEmpty() ? null : values.getFirst();
	}

	/**
	 * Whether a query says exactly what this address's {@link #query()} says about the
	 * run: the address as given, not as parsed, so that whatever was dropped (tampered
	 * with, malformed) leaves the address bar and any link shared from it. Other
	 * parameters (a language, say) do not matter.
	 */
	boolean isSaidBy(Map<String, List<String>> query) {
		Map<String, String> canonical = query();
		return Objects.equals(first(query, PATH), canonical.get(PATH))
				&& Objects.equals(first(query, CLOUD), canonical.get(CLOUD));
	}

	public static boolean isId(@Nullable String value) {
		return value != null && value.length() <= MAX_ID_LENGTH && ID.matcher(value).matches();
	}

	/**
	 * The query parameters of this address; the worldwide cloud and an empty path are
	 * left out.
	 */
	public Map<String, String> query() {
		Map<String, String> query = new LinkedHashMap<>();
		if (!path.isEmpty()) {
			query.put(PATH, String.join(SEPARATOR, path));
		}
		if (cloud != Cloud.WORLDWIDE) {
			query.put(CLOUD, cloud.id());
		}
		return query;
	}
}

package app.stepwise.wizard;

import java.time.Instant;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a check of the tenant showed at a step of a run, kept with the run so that its
 * transcript, its summaries and a support request filed from it carry the evidence, not
 * only what the operator clicked. Texts are message keys with arguments, never prose, so
 * that the evidence reads in any language; values are plain text as read from the tenant
 * (already cleaned and cut), moments are kept as moments and formatted for the reader.
 * Plain data, so that a store can keep it as it is.
 *
 * @param stepFlowId the flow of the step that showed it
 * @param stepId the step that showed it
 * @param tenantId the tenant it was read from
 * @param check the check's name in flow files (e.g. {@code account})
 * @param status how the check went (the name of its status)
 * @param lines what it found, in order (or, when it could not run, why)
 * @param readAt when it was read from the tenant
 */
public record CheckEvidence(String stepFlowId, String stepId, String tenantId, String check, String status,
		List<Line> lines, Instant readAt) {

	public CheckEvidence {
		lines = List.copyOf(lines);
	}

	/**
	 * One fact: a message key with its text arguments and its moments.
	 *
	 * @param key the message key
	 * @param text arguments that are text or numbers, as text
	 * @param times arguments that are moments
	 */
	public record Line(String key, Map<String, String> text, Map<String, Instant> times) {

		private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,15}");

		public Line {
			text = Map.copyOf(text);
			times = Map.copyOf(times);
		}

		/**
		 * The arguments for the message: whole numbers as numbers again (for plurals),
		 * moments formatted by the given function for the reader.
		 */
		public Map<String, Object> arguments(Function<Instant, String> time) {
			Map<String, Object> arguments = new HashMap<>();
			text.forEach((name, value) -> arguments.put(name,
					WHOLE_NUMBER.matcher(value).matches() ? (Object) Long.valueOf(value) : value));
			times.forEach((name, moment) -> arguments.put(name, time.apply(moment)));
			return arguments;
		}

	}

}

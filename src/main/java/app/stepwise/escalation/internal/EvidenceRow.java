package app.stepwise.escalation.internal;

import app.stepwise.wizard.CheckEvidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The facts of one check's evidence as a {@code support_request_evidence} row stores
 * them: JSON ({@code [{"key":…,"text":{…},"times":{…}}]}, moments as ISO-8601), so that
 * the facts keep their message keys and read in any language.
 */
final class EvidenceRow {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EvidenceRow() {
	}

	static String write(List<CheckEvidence.Line> lines) {
		ArrayNode array = JSON.createArrayNode();
		for (CheckEvidence.Line line : lines) {
			ObjectNode node = array.addObject();
			node.put("key", line.key());
			ObjectNode text = node.putObject("text");
			line.text().forEach(text::put);
			ObjectNode times = node.putObject("times");
			line.times().forEach((name, moment) -> times.put(name, moment.toString()));
		}
		return JSON.writeValueAsString(array);
	}

	static List<CheckEvidence.Line> read(String json) {
		List<CheckEvidence.Line> lines = new ArrayList<>();
		for (JsonNode node : JSON.readTree(json)) {
			Map<String, String> text = new LinkedHashMap<>();
			node.path("text").properties().forEach(e -> text.put(e.getKey(), e.getValue().asString()));
			Map<String, Instant> times = new LinkedHashMap<>();
			node.path("times").properties().forEach(e -> times.put(e.getKey(), Instant.parse(e.getValue().asString())));
			lines.add(new CheckEvidence.Line(node.path("key").asString(), text, times));
		}
		return lines;
	}

}

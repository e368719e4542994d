package app.stepwise.escalation.internal;

import app.stepwise.wizard.CheckEvidence;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullUnmarked;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One check's evidence of a request: which check, in which tenant, at which step, how it
 * went, and its facts as JSON ({@code [{"key":…,"text":{…},"times":{…}}]}, moments as
 * ISO-8601), so that the facts keep their message keys and read in any language.
 */
@Embeddable
@NullUnmarked
class EvidenceRow {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String stepFlowId;

	private String stepId;

	private String tenantId;

	@Column(name = "check_name")
	private String check;

	private String status;

	private String linesJson;

	private Instant readAt;

	protected EvidenceRow() {
	}

	EvidenceRow(CheckEvidence evidence) {
		this.stepFlowId = evidence.stepFlowId();
		this.stepId = evidence.stepId();
		this.tenantId = evidence.tenantId();
		this.check = evidence.check();
		this.status = evidence.status();
		this.linesJson = write(evidence.lines());
		this.readAt = evidence.readAt();
	}

	CheckEvidence toEvidence() {
		return new CheckEvidence(stepFlowId, stepId, tenantId, check, status, read(linesJson), readAt);
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

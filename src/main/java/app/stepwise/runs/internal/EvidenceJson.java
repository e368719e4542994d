package app.stepwise.runs.internal;

import app.stepwise.wizard.CheckEvidence;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What checks showed at a run's steps, as the JSON kept in {@code flow_run.evidence}. */
@Component
public class EvidenceJson {

	private static final Logger log = LoggerFactory.getLogger(EvidenceJson.class);

	private static final TypeReference<List<CheckEvidence>> TYPE = new TypeReference<>() {
	};

	private final JsonMapper json;

	EvidenceJson(JsonMapper json) {
		this.json = json;
	}

	/** The evidence as JSON; null when there is none. */
	public @Nullable String write(List<CheckEvidence> evidence) {
		return evidence.isEmpty() ? null : json.writeValueAsString(evidence);
	}

	/**
	 * The evidence read back; none when there was none or it cannot be read (the run goes
	 * on without it rather than not at all).
	 */
	public List<CheckEvidence> read(@Nullable String stored) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		try {
			return json.readValue(stored, TYPE);
		}
		catch (JacksonException e) {
			log.warn("Could not read the evidence of a saved run: {}", e.getMessage());
			return List.of();
		}
	}

}

package app.stepwise.tenant.dev;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fake Graph's addresses: a token endpoint shaped like Microsoft Entra ID's
 * ({@code POST …/{tenant}/oauth2/v2.0/token}) and Graph v1.0 ({@code GET …/v1.0/**}).
 * Graph requests are let through only with a token issued here (see
 * {@link DemoGraphSecurity}). Exists in development mode only.
 */
@RestController
@Conditional(DemoTenantCondition.class)
class DemoGraphController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String V1 = DemoGraph.PATH + "/v1.0/";

	private final DemoGraph graph;

	private final DemoGraphAnswers answers;

	DemoGraphController(DemoGraph graph, DemoData data) {
		this.graph = graph;
		this.answers = new DemoGraphAnswers(data);
	}

	@PostMapping(path = DemoGraph.PATH + "/{tenant}/oauth2/v2.0/token",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<JsonNode> token(@PathVariable String tenant,
			@RequestParam(name = "grant_type", defaultValue = "") String grantType,
			@RequestParam(name = "client_id", defaultValue = "") String clientId,
			@RequestParam(name = "client_secret", defaultValue = "") String clientSecret) {
		if (!DemoGraph.TENANT.equals(tenant) || !"client_credentials".equals(grantType)
				|| !graph.knows(clientId, clientSecret)) {
			var body = JSON.createObjectNode()
				.put("error", "invalid_client")
				.put("error_description", "AADSTS7000215: The demo tenant does not know this client.");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(body);
		}
		var body = JSON.createObjectNode()
			.put("token_type", "Bearer")
			.put("expires_in", DemoGraph.lifetimeSeconds())
			.put("access_token", graph.issue());
		return ResponseEntity.ok(body);
	}

	@GetMapping(path = DemoGraph.PATH + "/v1.0/**", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<JsonNode> graph(HttpServletRequest request) {
		String raw = request.getRequestURI().substring(request.getContextPath().length());
		if (!raw.startsWith(V1)) {
			return DemoGraphAnswers.error(HttpStatus.NOT_FOUND, "ResourceNotFound");
		}
		List<String> path = Arrays.stream(raw.substring(V1.length()).split("/"))
			.filter(s -> !s.isEmpty())
			.map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
			.toList();
		if (path.isEmpty()) {
			return DemoGraphAnswers.error(HttpStatus.NOT_FOUND, "ResourceNotFound");
		}
		Map<String, String> query = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> query.put(name, values.length == 0 ? "" : values[0]));
		return answers.answer(path, query);
	}

}

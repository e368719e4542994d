package app.stepwise.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Writes every {@link AuditEvent} to the logger {@code stepwise.audit}, with its parts as
 * key-value pairs ({@code audit.at}, {@code audit.action}, {@code audit.actor},
 * {@code audit.detail}), which Spring Boot's structured logging
 * ({@code logging.structured.format.console} or {@code .file}: {@code ecs},
 * {@code logstash}, {@code gelf}) writes as fields of their own.
 *
 * <p>
 * The message is one line of JSON with the same parts, e.g.
 * {@code {"at":"2026-11-21T10:15:30Z","action":"sign-in","actor":"admin","detail":"form
 * from 10.0.0.7"}}, so that a plain audit file ({@code %msg%n}, see the README) holds one
 * JSON object a line. With structured logging on, the message is a short sentence
 * instead, so that no JSON hides inside a JSON field. Values are escaped and cut (see
 * {@link LogText}) either way, so nothing a person types can break the line or forge
 * another.
 */
@Component
public class AuditLog {

	/** The name of the audit logger. */
	public static final String LOGGER = "stepwise.audit";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	private final boolean structured;

	public AuditLog(Environment environment) {
		this.structured = StringUtils.hasText(environment.getProperty("logging.structured.format.console"))
				|| StringUtils.hasText(environment.getProperty("logging.structured.format.file"));
	}

	@EventListener
	void record(AuditEvent event) {
		LoggingEventBuilder entry = log.atInfo()
			.setMessage(structured ? sentence(event) : format(event))
			.addKeyValue("audit.at", event.at().toString())
			.addKeyValue("audit.action", LogText.of(event.action()))
			.addKeyValue("audit.actor", LogText.of(event.actor()))
			.addKeyValue("audit.detail", LogText.of(event.detail()));
		entry.log();
	}

	/**
	 * The event as a short sentence, for structured logs whose fields carry the parts.
	 */
	static String sentence(AuditEvent event) {
		return "Audit: " + LogText.of(event.action()) + " by " + LogText.of(event.actor());
	}

	/** The event as its log line. */
	public static String format(AuditEvent event) {
		StringBuilder line = new StringBuilder(128).append('{');
		field(line, "at", event.at().toString()).append(',');
		field(line, "action", event.action()).append(',');
		field(line, "actor", event.actor()).append(',');
		field(line, "detail", event.detail());
		return line.append('}').toString();
	}

	private static StringBuilder field(StringBuilder line, String name, String value) {
		line.append('"').append(name).append("\":\"");
		// LogText already escapes backslashes and hidden characters as JSON does.
		return line.append(LogText.of(value).replace("\"", "\\\"")).append('"');
	}

}

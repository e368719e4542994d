package app.stepwise.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link AuditEvent} as one line of JSON to the logger
 * {@code stepwise.audit}, e.g.
 * {@code {"at":"2026-11-21T10:15:30Z","action":"sign-in","actor":"admin","detail":"form
 * from 10.0.0.7"}}. Values are escaped and cut (see {@link LogText}), so nothing a person
 * types can break the line or forge another. Route the logger to a file of its own with
 * the logging configuration (see the README).
 */
@Component
public class AuditLog {

	/** The name of the audit logger. */
	public static final String LOGGER = "stepwise.audit";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	@EventListener
	void record(AuditEvent event) {
		log.info(format(event));
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

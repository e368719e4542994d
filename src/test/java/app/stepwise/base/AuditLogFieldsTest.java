package app.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as the two kinds of log file read it: a plain file with {@code %msg%n}
 * (the README's example) gets one line of JSON per event; Spring Boot's structured logs
 * (ECS, Logstash) get the parts as fields of their own and no JSON inside the message.
 */
class AuditLogFieldsTest {

	private static final AuditEvent SIGN_IN = new AuditEvent(AuditEvent.SIGN_IN, "anna@contoso.com",
			"form from 10.0.0.7", Instant.parse("2026-11-21T10:15:30Z"));

	private final Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);

	private final ListAppender<ILoggingEvent> written = new ListAppender<>();

	private final JsonMapper json = JsonMapper.builder().build();

	AuditLogFieldsTest() {
		written.start();
		audit.addAppender(written);
	}

	@AfterEach
	void detach() {
		audit.detachAppender(written);
	}

	private ILoggingEvent record(Environment environment, AuditEvent event) {
		new AuditLog(environment).record(event);
		return written.list.getLast();
	}

	private static String encode(ch.qos.logback.core.encoder.Encoder<ILoggingEvent> encoder, ILoggingEvent event) {
		return new String(encoder.encode(event), StandardCharsets.UTF_8);
	}

	@Test
	void thePlainAuditFileOfTheReadmeGetsOneLineOfJsonPerEvent() {
		ILoggingEvent event = record(new MockEnvironment(), SIGN_IN);
		PatternLayoutEncoder plain = new PatternLayoutEncoder();
		plain.setContext(new LoggerContext());
		plain.setPattern("%msg%n");
		plain.start();

		String line = encode(plain, event);

		assertThat(line).isEqualTo("{\"at\":\"2026-11-21T10:15:30Z\",\"action\":\"sign-in\","
				+ "\"actor\":\"anna@contoso.com\",\"detail\":\"form from 10.0.0.7\"}" + System.lineSeparator());
		assertThat(json.readTree(line).get("actor").asString()).isEqualTo("anna@contoso.com");
	}

	@Test
	void structuredLogsInElasticCommonSchemaGetThePartsAsFields() {
		MockEnvironment structured = new MockEnvironment().withProperty("logging.structured.format.console", "ecs");
		ILoggingEvent event = record(structured, SIGN_IN);

		JsonNode entry = json.readTree(encode(encoder("ecs", structured), event));

		assertThat(entry.get("message").asString()).isEqualTo("Audit: sign-in by anna@contoso.com").doesNotContain("{");
		JsonNode fields = entry.get("audit");
		assertThat(fields.get("action").asString()).isEqualTo("sign-in");
		assertThat(fields.get("actor").asString()).isEqualTo("anna@contoso.com");
		assertThat(fields.get("detail").asString()).isEqualTo("form from 10.0.0.7");
		assertThat(fields.get("at").asString()).isEqualTo("2026-11-21T10:15:30Z");
		assertThat(entry.get("log").get("logger").asString()).isEqualTo("stepwise.audit");
	}

	@Test
	void structuredLogsInLogstashFormatGetThePartsAsFieldsToo() {
		MockEnvironment structured = new MockEnvironment().withProperty("logging.structured.format.file", "logstash");
		ILoggingEvent event = record(structured, SIGN_IN);

		JsonNode entry = json.readTree(encode(encoder("logstash", structured), event));

		assertThat(entry.get("audit.action").asString()).isEqualTo("sign-in");
		assertThat(entry.get("audit.actor").asString()).isEqualTo("anna@contoso.com");
	}

	@Test
	void whatAPersonTypedIsEscapedInTheFieldsAsInTheLine() {
		MockEnvironment structured = new MockEnvironment().withProperty("logging.structured.format.console", "ecs");
		ILoggingEvent event = record(structured,
				new AuditEvent(AuditEvent.SIGN_IN_FAILED, "x\n\u202Eadmin" + "a".repeat(500), "", Instant.EPOCH));

		JsonNode entry = json.readTree(encode(encoder("ecs", structured), event));

		String actor = entry.get("audit").get("actor").asString();
		assertThat(actor).startsWith("x\\u000a\\u202eadmin").contains("…(").doesNotContain("\n");
		assertThat(entry.get("message").asString()).doesNotContain("\n");
	}

	private static StructuredLogEncoder encoder(String format, Environment environment) {
		LoggerContext context = new LoggerContext();
		context.putObject(Environment.class.getName(), environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(format);
		encoder.start();
		return encoder;
	}

}

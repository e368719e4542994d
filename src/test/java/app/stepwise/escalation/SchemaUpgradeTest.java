package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database made by an earlier version is upgraded by the migrations it has not applied
 * yet, at start-up, keeping its requests.
 */
class SchemaUpgradeTest {

	private static Flyway flyway(JdbcDataSource database, String target) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load();
	}

	@Test
	void requestsStoredUnderTheFirstSchemaKeepTheirOperatorAndHistory() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		flyway(database, "1").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		UUID request = UUID.randomUUID();
		Timestamp filed = Timestamp.from(Instant.parse("2026-11-20T09:15:00Z"));
		jdbc.update(
				"INSERT INTO support_request (id, reference, run_id, flow_id, flow_version, step_flow_id, step_id,"
						+ " at_outcome, cloud, language, affected_user, operator_principal, operator_name, description,"
						+ " contact_email, contact_phone, preferred_contact, status, created_at, updated_at, version)"
						+ " VALUES (?, 'SW-7K3F-9QMX', ?, 'unlock-account', 1, 'unlock-account', 'escalate', TRUE,"
						+ " 'worldwide', 'sv', 'adele@contoso.com', 'alex@contoso.com', 'Alex Wilber', 'Locked out.',"
						+ " 'alex@contoso.com', '', 'EMAIL', 'IN_PROGRESS', ?, ?, 1)",
				request, UUID.randomUUID(), filed, filed);
		jdbc.update(
				"INSERT INTO support_request_change (request_id, seq, changed_at, actor, from_status, to_status,"
						+ " comment) VALUES (?, 0, ?, 'pat@contoso.com', 'NEW', 'IN_PROGRESS', 'On it.')",
				request, filed);

		flyway(database, "latest").migrate();

		assertThat(jdbc.queryForObject("SELECT operator_principal FROM support_request", String.class))
			.isEqualTo("alex@contoso.com");
		assertThat(jdbc.queryForObject("SELECT actor FROM support_request_change", String.class))
			.isEqualTo("pat@contoso.com");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
				+ " WHERE TABLE_NAME = 'SUPPORT_REQUEST' AND COLUMN_NAME = 'OPERATOR_NAME'", Integer.class))
			.isZero();
		assertThat(
				jdbc.queryForObject(
						"SELECT IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS"
								+ " WHERE TABLE_NAME = 'SUPPORT_REQUEST' AND COLUMN_NAME = 'OPERATOR_PRINCIPAL'",
						String.class))
			.isEqualTo("NO");
	}

}

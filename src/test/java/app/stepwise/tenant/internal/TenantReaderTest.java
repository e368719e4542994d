package app.stepwise.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckReport;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.GraphStandIn;
import app.stepwise.tenant.GraphStandIn.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Results are shared for a minute so that going back and forth between steps does not ask
 * Microsoft again; "check again" always asks; failures to run are never kept; the cache
 * has a bound whatever the number of users checked.
 */
class TenantReaderTest {

	private final GraphStandIn graph = GraphStandIn.start();

	private Instant now = Instant.parse("2026-11-21T10:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	@AfterEach
	void stop() {
		graph.close();
	}

	private TenantReader reader(int cacheSize) {
		var directory = new TenantDirectory(List.of(StandInTenant.connect(graph)), null);
		return new TenantReader(directory, new CheckRunner(TenantConfiguration.checks(), clock, Duration.ofSeconds(9)),
				new ResultCache(cacheSize, Duration.ofSeconds(60), clock));
	}

	@Test
	void aResultIsReusedForAMinuteUnlessCheckedAgain() {
		StandInTenant.withUser(graph);
		TenantReader reader = reader(10);

		CheckResult first = reader.run("contoso", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), false)
			.results()
			.getFirst();
		now = now.plusSeconds(59);
		CheckResult second = reader.run("contoso", "ANNA@contoso.example", List.of(TenantCheck.ACCOUNT), false)
			.results()
			.getFirst();
		assertThat(second).isSameAs(first);
		assertThat(graph.graphRequests()).hasSize(1);

		reader.run("contoso", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), true);
		assertThat(graph.graphRequests()).hasSize(2);

		now = now.plusSeconds(61);
		reader.run("contoso", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), false);
		assertThat(graph.graphRequests()).hasSize(3);
	}

	@Test
	void onlyResultsReadFromTheTenantAreAnnouncedNotThoseKept() {
		StandInTenant.withUser(graph);
		TenantReader reader = reader(10);
		List<CheckResult> read = new java.util.ArrayList<>();

		reader.run("contoso", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), false, read::add);
		reader.run("contoso", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), false, read::add);
		assertThat(read).extracting(CheckResult::check).containsExactly(TenantCheck.ACCOUNT);

		reader.run("contoso", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), true, read::add);
		assertThat(read).hasSize(2);
	}

	@Test
	void aCheckThatCouldNotRunIsAskedAgainNextTime() {
		graph.on("/users/" + StandInTenant.UPN, Reply.error(503, "ServiceUnavailable", "Down"));
		TenantReader reader = reader(10);

		CheckReport report = reader.run("contoso", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), false);
		reader.run("contoso", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), false);

		assertThat(report.results().getFirst().status()).isEqualTo(CheckStatus.COULD_NOT_RUN);
		assertThat(graph.graphRequests()).hasSize(2);
	}

	@Test
	void eachCheckRunsOnceInTheOrderAskedAndTheCacheStaysBounded() {
		graph.on("/admin/serviceAnnouncement/healthOverviews", Reply.json("{\"value\":[]}"))
			.on("/admin/serviceAnnouncement/issues", Reply.json("{\"value\":[]}"));
		TenantReader reader = reader(2);

		CheckReport report = reader.run("contoso", "a@contoso.example",
				List.of(TenantCheck.SERVICE_HEALTH, TenantCheck.ACCOUNT, TenantCheck.SERVICE_HEALTH), false);
		for (int i = 0; i < 5; i++) {
			reader.run("contoso", "user" + i + "@contoso.example", List.of(TenantCheck.ACCOUNT), false);
		}

		assertThat(report.results()).extracting(CheckResult::check)
			.containsExactly(TenantCheck.SERVICE_HEALTH, TenantCheck.ACCOUNT);
		assertThat(reader.cacheSize()).isEqualTo(2);
	}

	@Test
	void anUnknownTenantIsRefused() {
		assertThatThrownBy(() -> reader(2).run("elsewhere", StandInTenant.UPN, List.of(TenantCheck.ACCOUNT), false))
			.isInstanceOf(NoSuchElementException.class);
	}

}

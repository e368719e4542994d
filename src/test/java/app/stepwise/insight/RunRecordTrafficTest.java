package app.stepwise.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import app.stepwise.SignedInAs;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.security.Roles;
import app.stepwise.wizard.RunEnded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Traffic counted from seeded run records: each answer taken at a step of the flow, also
 * by runs that came from another flow; where runs ended; only the period asked for; paths
 * of an earlier flow version as far as they still fit. The expected numbers are counted
 * by hand from the runs seeded here.
 */
@SpringBootTest
@SignedInAs(value = "support-lead", roles = Roles.SUPPORT)
class RunRecordTrafficTest {

	private static final Instant NOON = Instant.parse("2026-06-10T12:00:00Z");

	private static final Instant FROM = NOON.minus(Duration.ofDays(30));

	private static final Instant TO = NOON.plus(Duration.ofDays(1));

	/** Into the compromise response, then "no signs" and "stop there". */
	private static final List<String> INTO_COMPROMISE = List.of("cannot-sign-in", "not-solved", "not-solved",
			"found-signs", "no-signs", "stop");

	@Autowired
	private FlowTraffic traffic;

	@Autowired
	private FlowMaps maps;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void noRecords() {
		jdbc.update("delete from run_record");
	}

	private void ended(int runs, String stepFlowId, String stepId, @Nullable OutcomeKind outcome, List<String> path,
			Instant at) {
		for (int i = 0; i < runs; i++) {
			events.publishEvent(new RunEnded(UUID.randomUUID(), "unlock-account", 1, stepFlowId, stepId,
					Optional.ofNullable(outcome), path, at));
		}
	}

	private void seed() {
		ended(3, "unlock-account", "resolved", OutcomeKind.RESOLVED, List.of("cannot-sign-in", "solved"), NOON);
		ended(2, "compromise-response", "no-compromise", OutcomeKind.RESOLVED, INTO_COMPROMISE, NOON);
		ended(1, "unlock-account", "find-restriction", null, List.of("cannot-send"), NOON);
		// Recorded under an earlier version: its second answer no longer exists.
		ended(1, "unlock-account", "reset-password", null, List.of("cannot-sign-in", "vanished-answer"), NOON);
		// Before the period, and at its exclusive end.
		ended(4, "unlock-account", "resolved", OutcomeKind.RESOLVED, List.of("cannot-sign-in", "solved"),
				FROM.minusSeconds(1));
		ended(4, "unlock-account", "resolved", OutcomeKind.RESOLVED, List.of("cannot-sign-in", "solved"), TO);
	}

	@Test
	void everyAnswerTakenAndEveryEndInTheFlowIsCounted() {
		seed();

		Traffic unlock = traffic.traffic("unlock-account", FROM, TO);

		assertThat(unlock.edges()).containsOnly(
				entry(new Traffic.AnswerTaken("unlock-account", "symptom", "cannot-sign-in"), 6L),
				entry(new Traffic.AnswerTaken("unlock-account", "symptom", "cannot-send"), 1L),
				entry(new Traffic.AnswerTaken("unlock-account", "reset-password", "solved"), 3L),
				entry(new Traffic.AnswerTaken("unlock-account", "reset-password", "not-solved"), 2L),
				entry(new Traffic.AnswerTaken("unlock-account", "check-sign-in-status", "not-solved"), 2L),
				entry(new Traffic.AnswerTaken("unlock-account", "signs-of-compromise", "found-signs"), 2L));
		assertThat(unlock.stops()).containsOnly(entry(new Traffic.StepReached("unlock-account", "resolved"), 3L),
				entry(new Traffic.StepReached("unlock-account", "find-restriction"), 1L),
				entry(new Traffic.StepReached("unlock-account", "reset-password"), 1L));
		assertThat(unlock.runs()).isEqualTo(7);
		assertThat(unlock.taken("symptom", "cannot-sign-in")).isEqualTo(6);
		assertThat(unlock.stoppedAt("escalate")).isZero();
	}

	@Test
	void runsLedInFromAnotherFlowCountInTheFlowTheyReached() {
		seed();

		Traffic compromise = traffic.traffic("compromise-response", FROM, TO);

		assertThat(compromise.edges()).containsOnly(
				entry(new Traffic.AnswerTaken("compromise-response", "look-for-signs", "no-signs"), 2L),
				entry(new Traffic.AnswerTaken("compromise-response", "secure-anyway", "stop"), 2L));
		assertThat(compromise.stops())
			.containsOnly(entry(new Traffic.StepReached("compromise-response", "no-compromise"), 2L));
		assertThat(compromise.runs()).isEqualTo(2);
		assertThat(traffic.traffic("reset-passwords", FROM, TO)).isEqualTo(Traffic.none("reset-passwords"));
	}

	@Test
	void thePeriodCountsBackFromNow() {
		Instant now = Instant.now();
		ended(1, "unlock-account", "resolved", OutcomeKind.RESOLVED, List.of("cannot-sign-in", "solved"),
				now.minus(Duration.ofDays(10)));
		ended(2, "unlock-account", "resolved", OutcomeKind.RESOLVED, List.of("cannot-sign-in", "solved"),
				now.minus(Duration.ofDays(40)));

		assertThat(maps.traffic("unlock-account", TrafficPeriod.LAST_7_DAYS).runs()).isZero();
		assertThat(maps.traffic("unlock-account", TrafficPeriod.LAST_30_DAYS).runs()).isEqualTo(1);
		assertThat(maps.traffic("unlock-account", TrafficPeriod.LAST_90_DAYS).stoppedAt("resolved")).isEqualTo(3);
	}

	@Test
	@SignedInAs(value = "an-admin", roles = Roles.ADMIN)
	void onlySupportStaffGetTheTraffic() {
		assertThatThrownBy(() -> maps.traffic("unlock-account", TrafficPeriod.LAST_30_DAYS))
			.isInstanceOf(AccessDeniedException.class);
	}

}

package app.stepwise.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.stepwise.KaribuTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whom a run is about and what tenant checks showed stay with the run as it moves on, and
 * a check shown again at the same step replaces what it showed there before.
 */
class RunSubjectAndEvidenceTest extends KaribuTest {

	private static final Map<String, List<String>> START = Map.of(RunAddress.ENTRY, List.of("locked-out"));

	@Autowired
	private Wizard wizard;

	private static CheckEvidence evidence(String stepId, String check, String key, Instant at) {
		return new CheckEvidence("unlock-account", stepId, "contoso", check, "OK",
				List.of(new CheckEvidence.Line(key, Map.of("name", "Anna"), Map.of("at", at))), at);
	}

	@Test
	void theSubjectStaysWithTheRunThroughAnswersAndReopeningItsAddress() {
		ActiveRun run = wizard.open("unlock-account", null, START).orElseThrow().active();

		ActiveRun about = wizard.about(run, new RunSubject("contoso", " anna@contoso.com "));
		ActiveRun answered = wizard.answer(about, "not-solved").orElseThrow();
		ActiveRun reopened = wizard
			.open("unlock-account", answered.run().current().id(),
					RunAddress.of(answered.run())
						.query()
						.entrySet()
						.stream()
						.collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))))
			.orElseThrow()
			.active();

		assertThat(reopened.id()).isEqualTo(run.id());
		assertThat(reopened.subject()).isEqualTo(new RunSubject("contoso", "anna@contoso.com"));
		assertThat(wizard.affectedUser()).contains("anna@contoso.com");
	}

	@Test
	void aCheckShownAgainAtTheSameStepReplacesWhatItShowedThereAndKeepsTheRest() {
		ActiveRun run = wizard.open("unlock-account", null, START).orElseThrow().active();
		Instant first = Instant.parse("2026-11-30T10:00:00Z");
		Instant again = first.plusSeconds(60);

		ActiveRun shown = wizard.showed(run, List.of(evidence("reset-password", "account", "k.first", first),
				evidence("reset-password", "sign-ins", "k.sign-ins", first)));
		ActiveRun checkedAgain = wizard.showed(shown, List.of(evidence("reset-password", "account", "k.again", again)));
		ActiveRun moved = wizard.answer(checkedAgain, "not-solved").orElseThrow();

		assertThat(moved.evidence()).extracting(CheckEvidence::check, e -> e.lines().getFirst().key())
			.containsExactly(tuple("sign-ins", "k.sign-ins"), tuple("account", "k.again"));
	}

}

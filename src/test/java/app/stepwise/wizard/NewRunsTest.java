package app.stepwise.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.ShippedFlows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The store hears of every run that begins before it keeps it for the first time (so that
 * it can write it without looking for an earlier copy), and of no other.
 */
class NewRunsTest {

	private final RunStore store = mock(RunStore.class);

	private Wizard wizard;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void wizard() {
		when(store.latest(anyString())).thenReturn(Optional.empty());
		when(store.keep(any())).thenReturn(List.of());
		ObjectProvider<RunStore> stores = mock(ObjectProvider.class);
		when(stores.getObject()).thenReturn(store);
		Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
		wizard = new Wizard(ShippedFlows.catalog(), clock, new RunEndings(clock, event -> {
		}), stores);
	}

	private void begunBeforeKept(ActiveRun run) {
		InOrder order = inOrder(store);
		order.verify(store).began(run.id());
		order.verify(store).keep(run);
	}

	@Test
	void aRunStartedAtAnEntryPointOrOverAgainBegins() {
		ActiveRun entered = wizard.open("unlock-account", null, Map.of(RunAddress.ENTRY, List.of("locked-out")))
			.orElseThrow()
			.active();
		begunBeforeKept(entered);

		ActiveRun again = wizard.restart(entered);
		assertThat(again.id()).isNotEqualTo(entered.id());
		begunBeforeKept(again);
	}

	@Test
	void aRunOpenedFromAnAddressNobodyRemembersBegins() {
		ActiveRun opened = wizard.open("unlock-account", null, Map.of()).orElseThrow().active();
		begunBeforeKept(opened);
	}

	@Test
	void anAnswerOrAnotherCloudIsNoBeginning() {
		ActiveRun entered = wizard.open("unlock-account", null, Map.of(RunAddress.ENTRY, List.of("locked-out")))
			.orElseThrow()
			.active();
		String answer = entered.run().current().answers().getFirst().id();

		ActiveRun answered = wizard.answer(entered, answer).orElseThrow();
		wizard.inCloud(answered, Cloud.GERMANY);

		verify(store).began(entered.id());
		verify(store, never()).began(argThat((UUID id) -> !id.equals(entered.id())));
	}

}

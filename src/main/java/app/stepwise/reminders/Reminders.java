package app.stepwise.reminders;

import app.stepwise.flow.WaitWindow;
import app.stepwise.i18n.Language;
import app.stepwise.reminders.internal.ReminderStore;
import app.stepwise.runs.MyRuns;
import app.stepwise.security.CurrentUser;
import app.stepwise.wizard.ActiveRun;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders as the wizard offers them: whether they can be sent, to which address, and
 * asking for one. A reminder is mailed when the usual wait of a step is over and another
 * when the longest is, unless the run has moved on by then.
 */
@Service
public class Reminders {

	/**
	 * What an e-mail address looks like, roughly: enough to tell a sign-in name from one.
	 */
	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final ReminderStore store;

	private final ReminderProperties properties;

	private final CurrentUser user;

	private final Clock clock;

	private final boolean mailServer;

	Reminders(ReminderStore store, ReminderProperties properties, CurrentUser user, Clock clock,
			Environment environment) {
		this.store = store;
		this.properties = properties;
		this.user = user;
		this.clock = clock;
		this.mailServer = environment.containsProperty("spring.mail.host");
	}

	/** Whether reminders are switched on and can be mailed. */
	public boolean enabled() {
		return properties.enabled() && mailServer;
	}

	/**
	 * The signed-in operator's e-mail address: the one configured for their sign-in name,
	 * else the sign-in name itself if it is one (as with Microsoft Entra ID).
	 */
	public Optional<String> operatorAddress() {
		return user.name().map(name -> {
			String configured = properties.addresses().get(name);
			return configured != null ? configured : ADDRESS.matcher(name).matches() ? name : null;
		});
	}

	/** The wait of the run's current step, placed in time, if it has one. */
	public Optional<WaitWindow> currentWait(ActiveRun active) {
		return WaitWindow.current(active.run());
	}

	/**
	 * The wait the run went through that is still running now, which makes escalating now
	 * too early.
	 */
	public Optional<WaitWindow> openWait(ActiveRun active) {
		return WaitWindow.stillOpen(active.run(), clock.instant());
	}

	/** Now, for saying how long ago something was. */
	public Instant now() {
		return clock.instant();
	}

	/** The run's reminders waiting to be sent, soonest first. */
	@Transactional(readOnly = true)
	public List<Reminder> pending(UUID runId) {
		return store.pending(runId).stream().map(ReminderStore.Stored::toReminder).toList();
	}

	/**
	 * Asks for reminders about a wait of the run: at the end of the usual wait and of the
	 * longest, each unless it is over already or asked for before. Each links to the run
	 * in "My runs" at the step with the wait: opened days later, in another session or on
	 * another device, that continues this run, where the step's own address would start a
	 * new one.
	 * @param window the wait
	 * @param language the operator's language
	 * @param baseUrl the application's address as the operator sees it, unless one is
	 * configured
	 * @return the run's reminders now waiting
	 * @throws IllegalStateException if reminders are off or the operator has no address
	 */
	@Transactional
	public List<Reminder> remind(ActiveRun active, WaitWindow window, Language language, String baseUrl) {
		if (!enabled()) {
			throw new IllegalStateException("Reminders are switched off");
		}
		String operator = user.requireName();
		String email = operatorAddress().orElseThrow(() -> new IllegalStateException(operator + " has no address"));
		Instant now = clock.instant();
		List<ReminderStore.Stored> existing = store.pending(active.id());
		String address = MyRuns.address(active.id(), window.index());
		String askedAt = active.run().current().flowId() + "/" + active.run().current().id();
		String base = properties.baseUrl() != null ? properties.baseUrl().toString() : baseUrl;
		for (ReminderKind kind : ReminderKind.values()) {
			Instant due = kind == ReminderKind.USUAL ? window.usualBy() : window.latestBy();
			boolean asked = existing.stream().anyMatch(r -> r.kind() == kind && r.address().equals(address));
			if (due.isAfter(now) && !asked) {
				ReminderStore.Stored reminder = new ReminderStore.Stored(UUID.randomUUID(), active.id(), kind,
						active.run().flow().id(), window.step().flowId(), window.step().id(), askedAt, address,
						window.expected().usualHours(), window.expected().maxHours(), operator, email, language.tag(),
						base, now, due, null);
				store.insert(reminder);
			}
		}
		return pending(active.id());
	}

}

package app.stepwise.wizard.ui;

import app.stepwise.flow.Step;
import app.stepwise.tenant.Tenant;
import app.stepwise.wizard.ActiveRun;
import app.stepwise.wizard.RunSubject;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a step shows about the tenant: first which user (and tenant) the run is about,
 * where the step needs to know and nobody said yet; then the step's checks. Asking is an
 * offer, not a gate: the step's answers work without it, as where no tenant is connected.
 */
class TenantPart extends Div {

	private final TenantParts services;

	private final TenantParts.RunHolder holder;

	TenantPart(TenantParts services, TenantParts.RunHolder holder) {
		this.services = services;
		this.holder = holder;
		addClassName("tenant-part");
		show(false);
	}

	/**
	 * @param unfolded whether the question which user is asked in full even where the
	 * operator went on without answering it at an earlier step
	 */
	private void show(boolean unfolded) {
		removeAll();
		ActiveRun active = holder.current();
		Step step = active.run().current();
		List<Tenant> tenants = services.checks.tenants();
		RunSubject subject = active.subject();
		String tenantId = tenantOf(subject, tenants);
		boolean needsUser = TenantParts.asksForUser(active);
		if (tenantId == null || (needsUser && subject.affectedUser() == null)) {
			if (!unfolded && holder.askedBefore()) {
				add(new FoldedPrompt(needsUser, this::unfold));
				return;
			}
			String user = Optional.ofNullable(subject.affectedUser()).or(services.wizard::affectedUser).orElse(null);
			add(new SubjectPrompt(services.checks, tenants, tenantId, user, needsUser, this::chosen));
			holder.asked();
			return;
		}
		if (!step.checks().isEmpty()) {
			Tenant tenant = tenants.stream().filter(t -> t.id().equals(tenantId)).findFirst().orElseThrow();
			String user = needsUser ? subject.affectedUser() : null;
			add(new CheckPanel(services, holder, tenant, user, this::changeUser));
		}
	}

	/**
	 * The question in full, its first field focused where the button that opened it was.
	 */
	private void unfold() {
		show(true);
		getChildren().filter(SubjectPrompt.class::isInstance)
			.map(SubjectPrompt.class::cast)
			.findFirst()
			.ifPresent(SubjectPrompt::focusFirstField);
	}

	/** The run's tenant: the one named, or the only one there is. */
	private static @Nullable String tenantOf(RunSubject subject, List<Tenant> tenants) {
		if (subject.tenantId() != null && tenants.stream().anyMatch(t -> t.id().equals(subject.tenantId()))) {
			return subject.tenantId();
		}
		return tenants.size() == 1 ? tenants.getFirst().id() : null;
	}

	private void chosen(RunSubject subject) {
		holder.update(services.wizard.about(holder.current(), subject));
		show(true);
	}

	private void changeUser() {
		RunSubject subject = holder.current().subject();
		holder.update(services.wizard.about(holder.current(), new RunSubject(subject.tenantId(), null)));
		show(true);
	}

}

package app.stepwise.wizard.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.flow.Answer;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.Step;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckReport;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.SuggestedAnswer;
import app.stepwise.tenant.Tenant;
import app.stepwise.tenant.TenantTexts;
import app.stepwise.wizard.Evidence;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "Checked in your tenant": runs the step's checks in the background, shows what each
 * found (or why it could not run: a permission, a licence, Microsoft), the answers the
 * results suggest with their evidence, and "check again". What was shown goes into the
 * run. Values from the tenant are shown as text only.
 */
class CheckPanel extends Section implements LocaleChangeObserver {

	private final TenantParts services;

	private final TenantParts.RunHolder holder;

	private final Tenant tenant;

	private final @Nullable String user;

	private final Step step;

	private final H2 title = new H2();

	private final Paragraph subject = new Paragraph();

	final Button again = new Button();

	final Button changeUser = new Button();

	private final Div status = new Div();

	private final Div results = new Div();

	private @Nullable CheckReport report;

	private boolean failed;

	/**
	 * @param user the affected user, or null for checks that concern no user
	 */
	CheckPanel(TenantParts services, TenantParts.RunHolder holder, Tenant tenant, @Nullable String user,
			Runnable onChangeUser) {
		this.services = services;
		this.holder = holder;
		this.tenant = tenant;
		this.user = user;
		this.step = holder.current().run().current();
		setId("tenant-checks");
		addClassName("tenant-checks");
		title.setId("tenant-checks-title");
		getElement().setAttribute("aria-labelledby", "tenant-checks-title");
		subject.addClassName("tenant-checks-subject");
		status.setId("tenant-checks-status");
		status.getElement().setAttribute("role", "status");
		results.addClassName("tenant-check-results");
		again.setId("check-again");
		again.setIcon(VaadinIcon.REFRESH.create());
		again.addThemeVariants(ButtonVariant.TERTIARY);
		again.addClickListener(e -> start(true));
		changeUser.setId("change-user");
		changeUser.addThemeVariants(ButtonVariant.TERTIARY);
		changeUser.addClickListener(e -> onChangeUser.run());
		changeUser.setVisible(user != null);
		Div actions = new Div(again, changeUser);
		actions.addClassName("tenant-checks-actions");
		add(title, subject, status, results, actions);
		addAttachListener(e -> {
			if (report == null && e.isInitialAttach()) {
				start(false);
			}
		});
	}

	private void start(boolean fresh) {
		UI ui = UI.getCurrent();
		again.setEnabled(false);
		failed = false;
		status.setText(getTranslation("ui.tenant.panel.checking"));
		String upn = user == null ? "" : user;
		List<TenantCheck> wanted = step.checks();
		services.background.run(ui, () -> fresh ? services.checks.runAgain(tenant.id(), upn, wanted)
				: services.checks.run(tenant.id(), upn, wanted), this::showed, () -> {
					failed = true;
					again.setEnabled(true);
					render();
				});
	}

	private void showed(CheckReport read) {
		report = read;
		again.setEnabled(true);
		holder.update(services.wizard.showed(holder.current(), Evidence.of(step, read)));
		render();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.tenant.panel.title"));
		String name = tenant.demo() ? tenant.name() + " – " + getTranslation(TenantTexts.DEMO) : tenant.name();
		subject.setText(user == null ? getTranslation("ui.tenant.panel.tenant", Map.of("tenant", name))
				: getTranslation("ui.tenant.panel.subject", Map.of("user", user, "tenant", name)));
		again.setText(getTranslation("ui.tenant.panel.again"));
		changeUser.setText(getTranslation("ui.tenant.panel.change-user"));
		if (report != null || failed) {
			render();
		}
		else {
			status.setText(getTranslation("ui.tenant.panel.checking"));
		}
	}

	private void render() {
		results.removeAll();
		if (failed || report == null) {
			status.setText(getTranslation("ui.tenant.panel.failed"));
			return;
		}
		status.setText(getTranslation("ui.tenant.panel.done", Map.of("count", report.results().size())));
		Optional<Div> incident = incidentNotice();
		incident.ifPresent(results::add);
		for (CheckResult result : report.results()) {
			if (incident.isEmpty() || result.check() != TenantCheck.SERVICE_HEALTH) {
				results.add(new CheckResultBox(result, services.messages));
			}
		}
		List<SuggestedAnswer> suggested = report.suggestionsFor(step);
		for (SuggestedAnswer suggestion : suggested) {
			results.add(suggestion(suggestion));
		}
		markSuggestedAnswers(suggested);
	}

	private Paragraph suggestion(SuggestedAnswer suggestion) {
		String answer = step.answers()
			.stream()
			.filter(a -> a.id().equals(suggestion.answerId()))
			.map(Answer::labelKey)
			.findFirst()
			.map(this::getTranslation)
			.orElse(suggestion.answerId());
		String evidence = getTranslation(TenantTexts.SUGGESTED,
				Map.of("evidence", text(suggestion.evidence()), "time", time(suggestion.readAt())));
		Paragraph line = new Paragraph(
				getTranslation("ui.tenant.panel.suggested", Map.of("answer", answer, "evidence", evidence)));
		line.setId("suggestion-" + suggestion.answerId());
		line.addClassName("tenant-suggestion");
		return line;
	}

	/** Marks the suggested answers' buttons, each described by why it is suggested. */
	private void markSuggestedAnswers(List<SuggestedAnswer> suggested) {
		Set<String> answerIds = suggested.stream().map(SuggestedAnswer::answerId).collect(Collectors.toSet());
		getParent().flatMap(com.vaadin.flow.component.Component::getParent)
			.stream()
			.flatMap(card -> card.getChildren())
			.filter(AnswerButtons.class::isInstance)
			.map(AnswerButtons.class::cast)
			.forEach(buttons -> buttons.markSuggested(answerIds));
	}

	/** On an escalate outcome, Microsoft's own incidents come first. */
	private Optional<Div> incidentNotice() {
		if (!(step instanceof OutcomeStep outcome) || outcome.kind() != OutcomeKind.ESCALATE || report == null) {
			return Optional.empty();
		}
		return report.results()
			.stream()
			.filter(r -> r.check() == TenantCheck.SERVICE_HEALTH && !r.suggestions().isEmpty())
			.findFirst()
			.map(health -> {
				Paragraph lead = new Paragraph(getTranslation("ui.tenant.panel.incident"));
				lead.addClassName("service-incident-lead");
				UnorderedList issues = new UnorderedList();
				health.facts().forEach(f -> issues.add(new ListItem(text(f))));
				Span when = new Span(getTranslation(TenantTexts.READ_AT, Map.of("time", time(health.readAt()))));
				when.addClassName("tenant-check-time");
				Div notice = new Div(lead, when, issues);
				notice.setId("service-incident");
				notice.addClassName("service-incident");
				return notice;
			});
	}

	private String text(Finding finding) {
		return getTranslation(finding.key(), finding.arguments(this::time));
	}

	private String time(Instant moment) {
		return services.messages.dateTime(getLocale(), moment, BrowserZone.current());
	}

}

package app.stepwise.wizard.ui;

import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Tenant;
import app.stepwise.tenant.TenantChecks;
import app.stepwise.tenant.TenantTexts;
import app.stepwise.tenant.UserMatch;
import app.stepwise.tenant.UserSearch;
import app.stepwise.wizard.RunSubject;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Asks which tenant (when there are several) and which user the run is about, with
 * type-ahead search of the tenant's users. A sign-in name typed in full is taken as it
 * is; what cannot be one is refused with a message, and stays as typed.
 */
class SubjectPrompt extends Section implements LocaleChangeObserver {

	/** What a user principal name looks like: something, an at sign, a domain. */
	private static final Pattern UPN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final TenantChecks checks;

	private final boolean needsUser;

	private final H2 title = new H2();

	private final Paragraph intro = new Paragraph();

	final Select<Tenant> tenant = new Select<>();

	final ComboBox<UserMatch> user = new ComboBox<>();

	final Button use = new Button();

	private @Nullable UserSearch lastSearch;

	/**
	 * @param tenantId the tenant already known, or null
	 * @param knownUser the user to offer, or null
	 * @param needsUser whether the step needs a user, or only the tenant
	 */
	SubjectPrompt(TenantChecks checks, List<Tenant> tenants, @Nullable String tenantId, @Nullable String knownUser,
			boolean needsUser, Consumer<RunSubject> chosen) {
		this.checks = checks;
		this.needsUser = needsUser;
		setId("subject-prompt");
		addClassName("subject-prompt");
		title.setId("subject-title");
		getElement().setAttribute("aria-labelledby", "subject-title");
		add(title, intro);
		tenant.setId("subject-tenant");
		tenant.setItems(tenants);
		tenants.stream().filter(t -> t.id().equals(tenantId)).findFirst().ifPresent(tenant::setValue);
		if (tenant.isEmpty() && tenants.size() == 1) {
			tenant.setValue(tenants.getFirst());
		}
		tenant.setVisible(tenants.size() > 1);
		tenant.addValueChangeListener(e -> user.getDataProvider().refreshAll());
		add(tenant);
		if (needsUser) {
			user.setId("subject-user");
			user.setAllowCustomValue(true);
			user.setItemLabelGenerator(SubjectPrompt::label);
			user.setItems(query -> search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
			user.addCustomValueSetListener(e -> user.setValue(new UserMatch(e.getDetail().strip(), "")));
			user.addValueChangeListener(e -> user.setInvalid(false));
			if (knownUser != null) {
				user.setValue(new UserMatch(knownUser, ""));
			}
			user.setWidthFull();
			add(user);
		}
		use.setId("subject-use");
		use.addThemeVariants(ButtonVariant.PRIMARY);
		use.addClickListener(e -> confirm(chosen));
		add(use);
	}

	/**
	 * Focuses what is to be filled in first: the tenant if it is to be chosen, else the
	 * user.
	 */
	void focusFirstField() {
		if (tenant.isVisible() && tenant.isEmpty()) {
			tenant.focus();
		}
		else if (needsUser) {
			user.focus();
		}
		else {
			use.focus();
		}
	}

	private static String label(UserMatch match) {
		return match.displayName().isBlank() ? match.userPrincipalName()
				: match.displayName() + " (" + match.userPrincipalName() + ")";
	}

	private Stream<UserMatch> search(String filter, int offset, int limit) {
		Tenant chosen = tenant.getValue();
		if (chosen == null || filter.isBlank()) {
			return Stream.empty();
		}
		UserSearch search = checks.searchUsers(chosen.id(), filter.strip());
		lastSearch = search;
		user.setHelperText(getTranslation(search.note().key(), search.note().arguments()));
		return search.users().stream().skip(offset).limit(limit);
	}

	private void confirm(Consumer<RunSubject> chosen) {
		Tenant picked = tenant.getValue();
		if (picked == null) {
			tenant.setErrorMessage(getTranslation("ui.tenant.prompt.tenant-missing"));
			tenant.setInvalid(true);
			return;
		}
		if (!needsUser) {
			chosen.accept(new RunSubject(picked.id(), null));
			return;
		}
		UserMatch match = user.getValue();
		String upn = match == null ? "" : match.userPrincipalName().strip();
		if (upn.isEmpty()) {
			refuse(getTranslation("ui.tenant.prompt.user-missing"));
			return;
		}
		if (!UPN.matcher(upn).matches()) {
			refuse(getTranslation("ui.tenant.prompt.user-invalid", Map.of("user", upn)));
			return;
		}
		chosen.accept(new RunSubject(picked.id(), upn));
	}

	private void refuse(String message) {
		user.setErrorMessage(message);
		user.setInvalid(true);
		user.focus();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation(needsUser ? "ui.tenant.prompt.title" : "ui.tenant.prompt.title-tenant"));
		intro.setText(getTranslation("ui.tenant.prompt.intro"));
		tenant.setLabel(getTranslation("ui.tenant.prompt.tenant"));
		tenant.setItemLabelGenerator(t -> t.demo() ? t.name() + " – " + getTranslation(TenantTexts.DEMO) : t.name());
		user.setLabel(getTranslation("ui.tenant.prompt.user"));
		user.setHelperText(lastSearch != null && lastSearch.status() != CheckStatus.OK
				? getTranslation(lastSearch.note().key(), lastSearch.note().arguments())
				: getTranslation("ui.tenant.search.type"));
		use.setText(getTranslation(needsUser ? "ui.tenant.prompt.use" : "ui.tenant.prompt.use-tenant"));
	}

}

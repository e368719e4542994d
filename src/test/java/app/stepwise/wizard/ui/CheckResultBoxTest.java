package app.stepwise.wizard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.flow.TenantCheck;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Finding;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A check that may not run says what to do about it in the reader's language; values from
 * the tenant stay text, whatever they contain.
 */
class CheckResultBoxTest extends KaribuTest {

	private static final Instant READ = Instant.parse("2026-11-30T12:42:00Z");

	@Autowired
	private Messages messages;

	private String shown(CheckResult result, Language language) {
		UI.getCurrent().setLocale(language.locale());
		CheckResultBox box = new CheckResultBox(result, messages);
		UI.getCurrent().add(box);
		return box.getElement().getTextRecursively();
	}

	@Test
	void aMissingPermissionIsNamedInTheReadersLanguage() {
		CheckResult notPermitted = new CheckResult(TenantCheck.INBOX_RULES, CheckStatus.NOT_PERMITTED,
				Finding.of("ui.tenant.status.not-permitted", "permission", "MailboxSettings.Read"), List.of(),
				List.of(), READ);

		assertThat(shown(notPermitted, Language.ENGLISH)).contains("Inbox rules",
				"grant its app registration the Microsoft Graph application permission MailboxSettings.Read");
		assertThat(shown(notPermitted, Language.SWEDISH)).contains("Inkorgsregler",
				"programbehörigheten MailboxSettings.Read");
	}

	@Test
	void aMissingLicenceIsNamed() {
		CheckResult needsLicence = new CheckResult(TenantCheck.RISK, CheckStatus.NEEDS_LICENCE,
				Finding.of("ui.tenant.status.needs-licence", "licence", "Microsoft Entra ID P2"), List.of(), List.of(),
				READ);

		assertThat(shown(needsLicence, Language.ENGLISH)).contains("The tenant needs Microsoft Entra ID P2 for this");
	}

	@Test
	void valuesFromTheTenantAreShownAsText() {
		CheckResult hostile = new CheckResult(TenantCheck.ACCOUNT, CheckStatus.OK,
				Finding.of("ui.tenant.account.enabled"),
				List.of(new Finding("ui.tenant.account.name", Map.of("name", "<img src=x onerror=alert(1)>"))),
				List.of(), READ);

		CheckResultBox box = new CheckResultBox(hostile, messages);
		UI.getCurrent().add(box);

		assertThat(box.getElement().getTextRecursively()).contains("Display name: <img src=x onerror=alert(1)>");
		assertThat(box.getElement().getOuterHTML()).doesNotContain("<img");
	}

}

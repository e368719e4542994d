package app.stepwise.tenant.internal;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The account ({@code GET /users/{upn}}, User.Read.All): its display name, whether
 * sign-in is blocked, whether it is synced from on-premises (then its password is reset
 * there), when the password last changed, and whether an Exchange Online licence is
 * assigned. Nothing else of the user is read.
 */
final class AccountCheck implements Check {

	@Override
	public TenantCheck name() {
		return TenantCheck.ACCOUNT;
	}

	@Override
	public String permission() {
		return "User.Read.All";
	}

	@Override
	public Outcome run(GraphClient graph, @Nullable GraphUser user) {
		GraphUser account = Objects.requireNonNull(user);
		List<Finding> facts = new ArrayList<>();
		facts.add(Finding.of("ui.tenant.account.name", "name", account.displayName()));
		Finding signIn = account.accountEnabled() == null ? Finding.of("ui.tenant.account.sign-in-unknown")
				: account.accountEnabled() ? Finding.of("ui.tenant.account.enabled")
						: Finding.of("ui.tenant.account.blocked");
		facts.add(signIn);
		facts.add(
				account.synced() ? Finding.of("ui.tenant.account.synced") : Finding.of("ui.tenant.account.cloud-only"));
		facts.add(account.lastPasswordChange() == null ? Finding.of("ui.tenant.account.password-unknown")
				: Finding.of("ui.tenant.account.password-changed", "time", account.lastPasswordChange()));
		facts.add(account.exchangeLicence() ? Finding.of("ui.tenant.account.mailbox-licence")
				: Finding.of("ui.tenant.account.no-mailbox-licence"));
		List<Suggestion> suggestions = Boolean.FALSE.equals(account.accountEnabled())
				? List.of(new Suggestion(CheckSignal.ACCOUNT_BLOCKED, signIn)) : List.of();
		return new Outcome(signIn, facts, suggestions);
	}

}

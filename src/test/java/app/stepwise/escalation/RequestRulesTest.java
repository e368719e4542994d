package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a valid support request looks like. */
class RequestRulesTest {

	@ParameterizedTest
	@ValueSource(strings = { "adele@contoso.com", "adele.vance@contoso.onmicrosoft.com", "o’brien@contoso.ie",
			"åsa.öberg@företag.se" })
	void userPrincipalNamesAndAddressesThatLookRightAreAccepted(String address) {
		assertThat(RequestRules.affectedUser(address)).isEmpty();
		assertThat(RequestRules.contactEmail(address)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "adele", "adele@contoso", "adele@@contoso.com", "adele vance@contoso.com", "@contoso.com",
			"adele@.com" })
	void addressesThatDoNotLookLikeOnesAreRefusedWithTheirOwnMessage(String address) {
		assertThat(RequestRules.affectedUser(address)).map(InputProblem::messageKey).contains(RequestRules.NOT_A_UPN);
		assertThat(RequestRules.contactEmail(address)).map(InputProblem::messageKey)
			.contains(RequestRules.NOT_AN_EMAIL);
	}

	@Test
	void requiredFieldsMustNotBeBlank() {
		RequestInput input = new RequestInput();
		input.setDescription("   ");

		assertThat(RequestRules.check(input)).extracting(InputProblem::field)
			.containsExactly(RequestField.AFFECTED_USER, RequestField.DESCRIPTION, RequestField.CONTACT_EMAIL);
	}

	@Test
	void tooLongTextIsRefusedWithTheLimitForTheMessage() {
		assertThat(RequestRules.description("x".repeat(RequestRules.MAX_DESCRIPTION + 1))).hasValueSatisfying(p -> {
			assertThat(p.messageKey()).isEqualTo(RequestRules.TOO_LONG);
			assertThat(p.arguments()).isEqualTo(Map.of("max", RequestRules.MAX_DESCRIPTION));
		});
		assertThat(RequestRules.description("x".repeat(RequestRules.MAX_DESCRIPTION))).isEmpty();
	}

	@Test
	void aPhoneNumberIsNeededOnlyByThoseWhoWantACall() {
		assertThat(RequestRules.contactPhone("", ContactMethod.EMAIL)).isEmpty();
		assertThat(RequestRules.contactPhone("", ContactMethod.PHONE)).map(InputProblem::messageKey)
			.contains(RequestRules.PHONE_NEEDED);
		assertThat(RequestRules.contactPhone("+46 (0)70-123 45 67", ContactMethod.PHONE)).isEmpty();
		assertThat(RequestRules.contactPhone("call me", ContactMethod.EMAIL)).map(InputProblem::messageKey)
			.contains(RequestRules.NOT_A_PHONE);
		assertThat(RequestRules.contactPhone("+46", ContactMethod.PHONE)).map(InputProblem::messageKey)
			.contains(RequestRules.NOT_A_PHONE);
	}

}

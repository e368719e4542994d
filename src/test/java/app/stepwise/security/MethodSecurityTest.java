package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.KaribuTest;
import app.stepwise.escalation.QueueFilter;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.Runs;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The service of support requests guards itself with {@code @RolesAllowed}: whoever calls
 * it, however (here straight from a signed-in session, past every screen), an admin is
 * refused what only support staff may do, and somebody not signed in is refused
 * everything.
 */
class MethodSecurityTest extends KaribuTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	/** A request the signed-in admin filed themselves. */
	private SupportRequest own;

	@BeforeEach
	void anOwnRequest() {
		own = Requests.file(requests, catalog, "unlock-account", Language.ENGLISH, "adele@contoso.com");
	}

	/**
	 * Every method only support staff may call: the queue, any request, changes, export.
	 */
	private Map<String, ThrowingCallable> supportOnly() {
		Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
		calls.put("queue", () -> requests.queue(QueueFilter.all(), PageRequest.of(0, 10)));
		calls.put("count", () -> requests.count(QueueFilter.all()));
		calls.put("find", () -> requests.find(own.reference()));
		calls.put("changeStatus",
				() -> requests.changeStatus(own.reference(), own.version(), RequestStatus.IN_PROGRESS, "Taken."));
		calls.put("exportCsv",
				() -> requests.exportCsv(QueueFilter.all(), Language.ENGLISH, OutputStream.nullOutputStream()));
		return calls;
	}

	/** Every method an admin may call: filing, and their own requests. */
	private Map<String, ThrowingCallable> forAdmins() {
		Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
		calls.put("file", () -> requests.file(Runs.escalated(catalog, "reset-passwords", Instant.now()),
				Runs.validInput(), Language.ENGLISH));
		calls.put("findByRun", () -> requests.findByRun(own.runId()));
		calls.put("mine", () -> requests.mine(PageRequest.of(0, 10)));
		calls.put("countMine", () -> requests.countMine());
		calls.put("findMine", () -> requests.findMine(own.reference()));
		return calls;
	}

	@Test
	void everyPublicMethodOfTheServiceNamesItsRolesAndIsCoveredHere() {
		Method[] methods = Arrays.stream(SupportRequests.class.getDeclaredMethods())
			.filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
			.toArray(Method[]::new);

		assertThat(methods).allSatisfy(m -> assertThat(m.getAnnotation(RolesAllowed.class)).as(m.getName())
			.isNotNull()
			.satisfies(r -> assertThat(r.value()).isNotEmpty()
				.allSatisfy(role -> assertThat(Roles.all()).contains(role))));
		assertThat(Arrays.stream(methods).map(Method::getName)).containsExactlyInAnyOrderElementsOf(
				Stream.concat(supportOnly().keySet().stream(), forAdmins().keySet().stream()).toList());
	}

	@Test
	void anAdminIsRefusedEveryMethodThatOnlySupportStaffMayCall() {
		supportOnly()
			.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(AccessDeniedException.class));

		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		assertThat(requests.find(own.reference())).hasValueSatisfying(r -> {
			assertThat(r.status()).isEqualTo(RequestStatus.NEW);
			assertThat(r.history()).isEmpty();
		});
	}

	@Test
	void anAdminMayFileAndReadTheirOwnRequests() {
		forAdmins().forEach((name, call) -> assertThatCode(call).as(name).doesNotThrowAnyException());
	}

	@Test
	void supportStaffMayCallEveryMethod() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);

		supportOnly().forEach((name, call) -> assertThatCode(call).as(name).doesNotThrowAnyException());
		forAdmins().forEach((name, call) -> assertThatCode(call).as(name).doesNotThrowAnyException());
	}

	@Test
	void nobodySignedInIsRefusedEveryMethod() {
		startSessionAs(null);

		supportOnly().forEach((name, call) -> assertThatThrownBy(call).as(name)
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class));
		forAdmins().forEach((name, call) -> assertThatThrownBy(call).as(name)
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class));
	}

}

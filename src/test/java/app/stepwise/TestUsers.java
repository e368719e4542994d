package app.stepwise;

import app.stepwise.security.Roles;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;

/**
 * Signed-in people for tests, as signing in would leave them.
 *
 * <p>
 * Each application context keeps the signed-in person in a holder of its own, which its
 * method security reads; {@link SecurityContextHolder}'s static methods reach only the
 * holder of the context started last. With several contexts cached by the tests, sign in
 * through the context under test, as these methods do.
 */
public final class TestUsers {

	private TestUsers() {
	}

	/**
	 * A signed-in person with the authorities their roles grant ({@link Roles#SUPPORT}
	 * also grants {@link Roles#ADMIN}).
	 */
	public static Authentication authentication(String username, String... roles) {
		List<GrantedAuthority> authorities = Roles.authorities(List.of(roles));
		User principal = new User(username, "", authorities);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}

	/** Where the application context keeps the signed-in person. */
	public static SecurityContextHolderStrategy contexts(ApplicationContext context) {
		return context.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/**
	 * Signs the person in on this thread, for tests that call services directly with more
	 * than one person or outside Spring's test context; undo with {@link #signOut}.
	 */
	public static void signIn(ApplicationContext context, String username, String... roles) {
		SecurityContextHolderStrategy contexts = contexts(context);
		SecurityContext signedIn = contexts.createEmptyContext();
		signedIn.setAuthentication(authentication(username, roles));
		contexts.setContext(signedIn);
	}

	/** Nobody is signed in on this thread any more. */
	public static void signOut(ApplicationContext context) {
		contexts(context).clearContext();
	}

	/**
	 * Does the work as another person, for example a colleague changing something
	 * meanwhile: on a thread of its own, as in a session of their own, where neither the
	 * test's Vaadin session nor its signed-in person is current.
	 */
	public static void runAs(ApplicationContext context, String username, String role, Runnable work) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread colleague = new Thread(() -> {
			signIn(context, username, role);
			try {
				work.run();
			}
			catch (Throwable e) {
				failure.set(e);
			}
			finally {
				signOut(context);
			}
		});
		colleague.start();
		try {
			colleague.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		if (failure.get() != null) {
			throw new IllegalStateException("Failed as " + username, failure.get());
		}
	}

}

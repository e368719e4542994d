package app.stepwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stepwise, production jar, H2 in a scratch directory, one form user for the benchmark.
 * Its password hash has BCrypt's lowest cost (4): a thousand sign-ins then take a second
 * of CPU, not the minutes cost 10 would, so that signing in does not dominate the
 * figures. Everything after the sign-in is unaffected by the cost.
 */
record StepwiseApp(String label, Path jar, String user, String password, String passwordHash,
		List<String> extraArguments) implements App {

	static final String FLOW = "flow/unlock-account";

	static final String ENTRY = "entry=locked-out";

	/** Not solved, not solved, no signs of compromise: the escalate outcome. */
	static final List<String> ANSWERS = List.of("answer-not-solved", "answer-not-solved", "answer-no-signs");

	@Override
	public String firstPage() {
		return "login";
	}

	@Override
	public List<String> arguments(Path workDir) {
		return Stream.concat(Stream.of("--stepwise.data-dir=" + workDir.resolve("data"),
				"--stepwise.security.users[0].username=" + user, "--stepwise.security.users[0].roles=ADMIN",
				"--stepwise.security.users[0].password-hash=" + passwordHash,
				// Many sign-ins from one address are the benchmark, not an attack.
				"--stepwise.security.throttle.max-failures=1000000"), extraArguments.stream())
			.toList();
	}

	@Override
	public void enter(UiSession session) throws IOException {
		session.signIn("login", user, password);
		session.open("", "");
		session.navigate(FLOW, ENTRY);
		for (String answer : ANSWERS) {
			session.click(answer);
		}
		if (!session.has("request-form")) {
			throw new IOException("The walk did not reach the escalate outcome's request form");
		}
	}

	@Override
	public void cycle(UiSession session, Pause pause) throws IOException, InterruptedException {
		pause.think();
		session.navigate(FLOW, ENTRY);
		for (String answer : ANSWERS) {
			pause.think();
			session.click(answer);
		}
		pause.think();
		session.navigate("", "");
	}

	@Override
	public void leave(UiSession session) throws IOException {
		try {
			session.click("sign-out", "leave");
		}
		catch (IOException expired) {
			// Vaadin answers the click that ends the session with "session expired".
		}
	}

}

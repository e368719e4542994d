package app.stepwise.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Prints the BCrypt hash of a password for
 * {@code stepwise.security.users[n].password-hash}. The password is read without echo
 * from the console (or from standard input) and never stored. See the README for how to
 * run it from the jar.
 */
public final class PasswordHash {

	/** BCrypt's cost; each step doubles the work of checking a guess. */
	static final int STRENGTH = 12;

	/** BCrypt reads no more than this many bytes of a password. */
	static final int MAX_BYTES = 72;

	private PasswordHash() {
	}

	public static void main(String[] args) throws IOException {
		Console console = System.console();
		String password = console != null ? new String(console.readPassword("Password: "))
				: new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		if (password == null || password.isEmpty()) {
			System.err.println("No password given.");
			System.exit(1);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			System.err.println("BCrypt uses at most " + MAX_BYTES + " bytes of a password; choose a shorter one.");
			System.exit(1);
		}
		System.out.println(new BCryptPasswordEncoder(STRENGTH).encode(password));
	}

}

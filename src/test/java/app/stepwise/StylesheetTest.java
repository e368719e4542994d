package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The application's stylesheet is plain CSS that no build step checks. A browser drops
 * every rule after a missing closing brace without a word, so check the blocks here: each
 * one closed, and rules nested only inside at-rules such as {@code @media}.
 */
class StylesheetTest {

	private static final Path STYLESHEET = Path.of("frontend/styles/stepwise.css");

	@Test
	void everyBlockIsClosedAndRulesNestOnlyInAtRules() throws IOException {
		// Comments go, their line breaks stay, so that line numbers match the file.
		String css = Pattern.compile("(?s)/\\*.*?\\*/")
			.matcher(Files.readString(STYLESHEET))
			.replaceAll(comment -> comment.group().replaceAll("[^\n]", ""));
		Deque<String> open = new ArrayDeque<>();
		StringBuilder prelude = new StringBuilder();
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '{') {
				String selector = prelude.toString().strip();
				assertThat(open.isEmpty() || open.peek().startsWith("@"))
					.as("line %d: '%s' opens inside '%s', which is not closed", line, selector, open.peek())
					.isTrue();
				open.push(selector);
				prelude.setLength(0);
			}
			else if (c == '}') {
				assertThat(open).as("line %d: a closing brace with no block open", line).isNotEmpty();
				open.pop();
				prelude.setLength(0);
			}
			else if (c == ';' && !open.isEmpty()) {
				prelude.setLength(0);
			}
			else {
				prelude.append(c);
			}
			if (c == '\n') {
				line++;
			}
		}
		assertThat(open).as("blocks still open at the end of %s", STYLESHEET).isEmpty();
	}

}

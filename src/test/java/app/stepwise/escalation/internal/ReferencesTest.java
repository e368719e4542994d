package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reference numbers: readable on the phone, and not guessable from one another. */
class ReferencesTest {

	private final References references = new References();

	@Test
	void aReferenceIsTwoGroupsOfFourFromAnAlphabetWithoutLookAlikes() {
		for (int i = 0; i < 1000; i++) {
			assertThat(references.next())
				.matches("SW-[" + References.ALPHABET + "]{4}-[" + References.ALPHABET + "]{4}")
				.doesNotContain("0", "O", "1", "I", "L", "U");
		}
	}

	@Test
	void referencesAreRandomNotSequential() {
		Set<String> seen = new HashSet<>();
		String previous = references.next();
		int sharedPrefixes = 0;
		for (int i = 0; i < 10_000; i++) {
			String next = references.next();
			seen.add(next);
			if (next.regionMatches(0, previous, 0, 7)) {
				sharedPrefixes++;
			}
			previous = next;
		}
		assertThat(seen).hasSize(10_000);
		// Consecutive sequential numbers would share their first group almost always.
		assertThat(sharedPrefixes).isLessThan(10);
	}

	@Test
	void aReferenceReadOutAndTypedAgainIsFound() {
		assertThat(References.normalize("sw-7k3f-9qmx")).contains("SW-7K3F-9QMX");
		assertThat(References.normalize(" SW 7K3F 9QMX ")).contains("SW-7K3F-9QMX");
		assertThat(References.normalize("7k3f9qmx")).contains("SW-7K3F-9QMX");
		assertThat(References.normalize("SW-7K3F-9QM")).isEmpty();
		assertThat(References.normalize("SW-0000-0000")).isEmpty();
		assertThat(References.normalize("'; DROP TABLE x; --")).isEmpty();
	}

}

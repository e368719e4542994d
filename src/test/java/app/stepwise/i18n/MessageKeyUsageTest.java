package app.stepwise.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.UndeliveredNotification;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.flow.ShippedFlows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code or the flows use exists, and every key in the bundles is used. Keys
 * in code are string literals; a literal ending in a dot starts a family of keys built at
 * run time, and each family must be listed here with what it expands to.
 */
class MessageKeyUsageTest {

	private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:ui|flow|link)\\.[a-z0-9.\\-]*)\"");

	/** Families of keys built at run time, and the keys they stand for. */
	private static final Map<String, Collection<String>> FAMILIES = Map.of(
			// The flow model builds every flow and link key; the flow keys below cover
			// them all.
			"flow.", List.of(), "link.", List.of(), "ui.wizard.answer.", List.of(),
			// One label per cloud in the wizard's cloud picker.
			"ui.wizard.cloud.", Arrays.stream(Cloud.values()).map(c -> "ui.wizard.cloud." + c.id()).toList(),
			// The names of contact methods and request statuses.
			"ui.escalation.contact-method.",
			Arrays.stream(ContactMethod.values()).map(ContactMethod::messageKey).toList(), "ui.support.status.",
			Arrays.stream(RequestStatus.values()).map(RequestStatus::messageKey).toList(),
			// The channels of undelivered notifications.
			"ui.notifications.channel.",
			Arrays.stream(UndeliveredNotification.Channel.values())
				.map(UndeliveredNotification.Channel::messageKey)
				.toList(),
			// The title and text of each kind of error page (ErrorPages,
			// ServerErrorReport).
			"ui.error.",
			Stream.of("bad-request", "forbidden", "internal", "not-found")
				.flatMap(kind -> Stream.of("ui.error." + kind + ".title", "ui.error." + kind + ".body"))
				.toList());

	@Test
	void everyKeyTheCodeNamesExistsInEnglish() {
		Set<String> english = Bundles.load().keys(Language.ENGLISH);

		assertThat(literalKeys().stream().filter(k -> !k.endsWith(".")))
			.allSatisfy(key -> assertThat(english).as("key used in code").contains(key));
	}

	@Test
	void everyFamilyOfKeysBuiltAtRunTimeIsKnown() {
		assertThat(literalKeys().stream().filter(k -> k.endsWith(".")))
			.allSatisfy(prefix -> assertThat(FAMILIES).as("add the family '%s' and its keys to this test", prefix)
				.containsKey(prefix));
	}

	@Test
	void everyKeyInTheBundlesIsUsed() {
		Set<String> used = new TreeSet<>(literalKeys());
		FAMILIES.values().forEach(used::addAll);
		for (FlowDefinition flow : ShippedFlows.catalog().flows()) {
			used.addAll(FlowMessageKeys.of(flow).keySet());
		}

		assertThat(Bundles.load().keys(Language.ENGLISH))
			.allSatisfy(key -> assertThat(used).as("'%s' is in the bundles but nothing uses it", key).contains(key));
	}

	private static Set<String> literalKeys() {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys;
	}

}

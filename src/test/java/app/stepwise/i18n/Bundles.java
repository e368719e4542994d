package app.stepwise.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundles as files in the source tree, in the order their lines are written. */
final class Bundles {

	static final Path DIRECTORY = Path.of("i18n");

	private Bundles() {
	}

	static MessageBundles load() {
		return MessageBundles.load(Bundles.class.getClassLoader());
	}

	/** The keys of a bundle file in the order of its lines. */
	static List<String> keysInFileOrder(Language language) {
		try {
			List<String> keys = new ArrayList<>();
			for (String line : Files.readAllLines(DIRECTORY.resolve(language.bundleFile()), StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					keys.add(line.substring(0, line.indexOf('=')).strip());
				}
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

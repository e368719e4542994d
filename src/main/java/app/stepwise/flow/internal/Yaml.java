package app.stepwise.flow.internal;

import app.stepwise.flow.FlowProblem.Kind;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Loads YAML safely: plain data only, no duplicate keys, bounded size. */
final class Yaml {

	private Yaml() {
	}

	static @Nullable Object load(FlowSource source, Problems problems) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setCodePointLimit(1_000_000);
		try {
			Object root = new org.yaml.snakeyaml.Yaml(new SafeConstructor(options)).load(source.text());
			if (root == null) {
				problems.add(source.name(), "", Kind.MALFORMED, "The file is empty.", "Write the flow into it.");
			}
			return root;
		}
		catch (YAMLException e) {
			problems.add(source.name(), "", Kind.MALFORMED,
					"The file is not valid YAML: " + e.getMessage().replace('\n', ' '),
					"Correct the YAML at the position given.");
			return null;
		}
	}

}

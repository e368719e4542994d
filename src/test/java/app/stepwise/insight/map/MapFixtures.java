package app.stepwise.insight.map;

import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.ShippedFlows;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import app.stepwise.i18n.Messages;

/** The shipped flows and the real bundles, for tests of the map without Spring. */
final class MapFixtures {

	private static final Messages MESSAGES = new Messages(MessageBundles.load(MapFixtures.class.getClassLoader()),
			true);

	private MapFixtures() {
	}

	static FlowCatalog catalog() {
		return ShippedFlows.catalog();
	}

	static MapTexts texts(Language language) {
		return (key, arguments) -> MESSAGES.get(language, key, arguments);
	}

}

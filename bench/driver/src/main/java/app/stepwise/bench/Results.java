package app.stepwise.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everything measured of one application; a section not run stays null. */
final class Results {

	final String label;

	final boolean floor;

	Startup.Result startup;

	Memory.Result memory;

	Load.Result load;

	PageWeight.Result weight;

	Results(String label, boolean floor) {
		this.label = label;
		this.floor = floor;
	}

	/** For results.json, next to the report. */
	Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("label", label);
		map.put("floor", floor);
		map.put("startup", startup);
		map.put("memory", memory);
		map.put("load", load);
		map.put("weight", weight);
		return map;
	}

}

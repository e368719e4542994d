package app.stepwise.bench;

import java.util.List;

/**
 * How big the benchmark is. The full size is what BENCHMARKS.md reports; quick mode
 * checks the harness and gives rough figures in a few minutes.
 */
record Settings(boolean quick, int startupRuns, List<Integer> memorySessions, List<Integer> loadSessions,
		int loadSeconds, int thinkMillis, int startTimeoutSeconds, String heap) {

	static Settings fullSize() {
		return new Settings(false, 5, List.of(0, 250, 500, 1000), List.of(1, 100, 500, 1000), 60, 1000, 600, "1g");
	}

	static Settings quickSize() {
		return new Settings(true, 2, List.of(0, 25, 50), List.of(1, 20, 50), 15, 1000, 600, "1g");
	}

	/** Sign-ins per second while sessions ramp up (BCrypt, page loads). */
	int rampPerSecond() {
		return 50;
	}

}

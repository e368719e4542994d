package app.stepwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An application the benchmark measures: Stepwise (of the working tree or of another
 * commit) or the floor, a bare Vaadin application with one route and one button. Each
 * says how to start it and what a person does in it.
 */
interface App {

	/** Shown in the report's column head. */
	String label();

	Path jar();

	/** The page whose first 200 ends the start-up, and that a browser opens first. */
	String firstPage();

	/** Application arguments (after the jar), given its working directory. */
	List<String> arguments(Path workDir);

	/**
	 * Opens a session and takes it to where the memory figure counts it: Stepwise signs
	 * in and answers its way to an escalate outcome; the floor opens its page and clicks.
	 */
	void enter(UiSession session) throws IOException;

	/**
	 * One round of what a person does, each step after a pause (think time). Stepwise:
	 * from the start page into a flow, three answers to the escalate outcome, back to the
	 * start page. The floor: its button, pressed once.
	 */
	void cycle(UiSession session, Pause pause) throws IOException, InterruptedException;

	/** Ends the session as a person would (Stepwise: signs out). */
	default void leave(UiSession session) throws IOException {
	}

	/** Think time before a step. */
	interface Pause {

		void think() throws InterruptedException;

	}

}

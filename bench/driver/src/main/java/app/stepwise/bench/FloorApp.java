package app.stepwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The floor: a bare Vaadin application, one route with one button (bench/floor). */
record FloorApp(String label, Path jar, List<String> extraArguments) implements App {

	static final String BUTTON = "press";

	@Override
	public String firstPage() {
		return "";
	}

	@Override
	public List<String> arguments(Path workDir) {
		return extraArguments;
	}

	@Override
	public void enter(UiSession session) throws IOException {
		session.open("", "");
		session.click(BUTTON);
	}

	@Override
	public void cycle(UiSession session, Pause pause) throws IOException, InterruptedException {
		pause.think();
		session.click(BUTTON);
	}

}

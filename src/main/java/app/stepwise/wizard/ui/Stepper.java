package app.stepwise.wizard.ui;

import app.stepwise.flow.FlowRun;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The path so far: each answered step with the answer given, as links back to that step,
 * and the current step marked for assistive technology with {@code aria-current="step"}.
 */
class Stepper extends Nav implements LocaleChangeObserver {

	private final OrderedList list = new OrderedList();

	private @Nullable FlowRun run;

	/** What each answered step's item on the page shows, in order. */
	private final List<String> shown = new ArrayList<>();

	private @Nullable Locale shownIn;

	Stepper() {
		setId("stepper");
		addClassName("stepper");
		add(list);
	}

	void show(FlowRun shown) {
		this.run = shown;
		if (isAttached()) {
			render();
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
	}

	private void render() {
		FlowRun current = run;
		if (current == null) {
			return;
		}
		getElement().setAttribute("aria-label", getTranslation("ui.wizard.stepper.label"));
		Locale locale = getLocale();
		if (!locale.equals(shownIn)) {
			shown.clear();
			shownIn = locale;
		}
		// A step forward adds an answer to the path; the answers before it stay as they
		// are on the page, and only what changed is built and sent again.
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < current.entries().size(); i++) {
			keys.add(key(current.entries().get(i), current.backTo(i)));
		}
		int kept = 0;
		while (kept < shown.size() && kept < keys.size() && shown.get(kept).equals(keys.get(kept))) {
			kept++;
		}
		while (list.getComponentCount() > kept) {
			list.remove(list.getComponentAt(list.getComponentCount() - 1));
		}
		shown.subList(kept, shown.size()).clear();
		for (int i = kept; i < current.entries().size(); i++) {
			list.add(answered(i, current.entries().get(i), current.backTo(i)));
			shown.add(keys.get(i));
		}
		Span step = new Span(getTranslation("ui.wizard.stepper.current",
				Map.of("number", current.entries().size() + 1, "step", getTranslation(current.current().titleKey()))));
		ListItem item = new ListItem(step);
		item.addClassName("stepper-current");
		item.getElement().setAttribute("aria-current", "step");
		list.add(item);
	}

	/** What an answered step's item shows and links to. */
	private static String key(FlowRun.Entry entry, FlowRun earlier) {
		return StepLinks.href(earlier) + " " + entry.step().titleKey() + " " + entry.answer().labelKey();
	}

	private ListItem answered(int i, FlowRun.Entry entry, FlowRun earlier) {
		RouterLink link = new RouterLink();
		link.setRoute(StepView.class, StepLinks.route(earlier));
		link.setQueryParameters(StepLinks.query(earlier));
		link.setId("stepper-" + i);
		link.setText(getTranslation("ui.wizard.stepper.answered", Map.of("number", i + 1, "step",
				getTranslation(entry.step().titleKey()), "answer", getTranslation(entry.answer().labelKey()))));
		ListItem item = new ListItem(link);
		item.addClassName("stepper-done");
		return item;
	}

}

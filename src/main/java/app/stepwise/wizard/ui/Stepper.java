package app.stepwise.wizard.ui;

import app.stepwise.flow.FlowRun;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The path so far: each answered step with the answer given, as links back to that step,
 * and the current step marked for assistive technology with {@code aria-current="step"}.
 */
class Stepper extends Nav implements LocaleChangeObserver {

	private final OrderedList list = new OrderedList();

	private @Nullable FlowRun run;

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
		list.removeAll();
		for (int i = 0; i < current.entries().size(); i++) {
			FlowRun.Entry entry = current.entries().get(i);
			FlowRun earlier = current.backTo(i);
			RouterLink link = new RouterLink();
			link.setRoute(StepView.class, StepLinks.route(earlier));
			link.setQueryParameters(StepLinks.query(earlier));
			link.setId("stepper-" + i);
			link.setText(getTranslation("ui.wizard.stepper.answered", Map.of("number", i + 1, "step",
					getTranslation(entry.step().titleKey()), "answer", getTranslation(entry.answer().labelKey()))));
			ListItem item = new ListItem(link);
			item.addClassName("stepper-done");
			list.add(item);
		}
		Span step = new Span(getTranslation("ui.wizard.stepper.current",
				Map.of("number", current.entries().size() + 1, "step", getTranslation(current.current().titleKey()))));
		ListItem item = new ListItem(step);
		item.addClassName("stepper-current");
		item.getElement().setAttribute("aria-current", "step");
		list.add(item);
	}

}

package app.stepwise.wizard.ui;

import app.stepwise.base.ui.SafeHtml;
import app.stepwise.flow.FlowRun;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The path so far: each answered step with the answer given, as links back to that step,
 * and the current step marked for assistive technology with {@code aria-current="step"}.
 * The links are plain router links written as the list's content ({@link SafeHtml}): the
 * browser follows them as it follows any {@code RouterLink}, and the server keeps one
 * element for the whole path instead of three per step.
 */
class Stepper extends Nav implements LocaleChangeObserver {

	private final Element list = new Element("ol");

	private @Nullable FlowRun run;

	Stepper() {
		setId("stepper");
		addClassName("stepper");
		getElement().appendChild(list);
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
		SafeHtml items = new SafeHtml();
		for (int i = 0; i < current.entries().size(); i++) {
			FlowRun.Entry entry = current.entries().get(i);
			items.open("li", "class", "stepper-done")
				.open("a", "id", "stepper-" + i, "href", StepLinks.href(current.backTo(i)), "router-link", "")
				.text(getTranslation("ui.wizard.stepper.answered",
						Map.of("number", i + 1, "step", getTranslation(entry.step().titleKey()), "answer",
								getTranslation(entry.answer().labelKey()))))
				.close("a")
				.close("li");
		}
		items.open("li", "class", "stepper-current", "aria-current", "step")
			.text(getTranslation("ui.wizard.stepper.current",
					Map.of("number", current.entries().size() + 1, "step",
							getTranslation(current.current().titleKey()))))
			.close("li");
		items.writeInto(list);
	}

}

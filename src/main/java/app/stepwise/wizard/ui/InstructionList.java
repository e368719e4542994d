package app.stepwise.wizard.ui;

import app.stepwise.base.ui.SafeHtml;
import app.stepwise.flow.Instruction;
import app.stepwise.flow.RunContext;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.net.URI;
import java.util.List;

/**
 * Numbered instructions, each with its link to the admin center where it has one (for the
 * tenant's cloud), opening in a new tab without giving the opener away. They are read and
 * followed, never clicked on the server, so the list goes to the page as its own content
 * ({@link SafeHtml}): one element kept per step screen instead of two to six per
 * instruction, built and attached on every action step.
 */
class InstructionList extends OrderedList implements LocaleChangeObserver {

	private final List<Instruction> instructions;

	private final RunContext context;

	InstructionList(List<Instruction> instructions, RunContext context) {
		this.instructions = instructions;
		this.context = context;
		setId("instructions");
		addClassName("instructions");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		SafeHtml items = new SafeHtml();
		for (Instruction instruction : instructions) {
			items.open("li", "id", "instruction-" + instruction.id()).markup(getTranslation(instruction.textKey()));
			if (instruction.link() != null) {
				instruction.link()
					.uriFor(context)
					.ifPresent(uri -> externalLink(items, instruction, getTranslation(instruction.link().labelKey()),
							uri));
			}
			items.close("li");
		}
		items.writeInto(getElement());
	}

	/** The icon is drawn by the stylesheet ({@code .external-link-icon}). */
	private void externalLink(SafeHtml items, Instruction instruction, String label, URI uri) {
		items
			.open("a", "id", "link-" + instruction.id(), "class", "external-link", "href", uri.toString(), "target",
					"_blank", "rel", "noopener noreferrer")
			.element("span", "external-link-label", label)
			.element("span", "visually-hidden", getTranslation("ui.wizard.link.new-tab"))
			.open("span", "class", "external-link-icon", "aria-hidden", "true")
			.close("span")
			.close("a");
	}

}

package app.stepwise.wizard.ui;

import app.stepwise.base.ui.Markup;
import app.stepwise.flow.Instruction;
import app.stepwise.flow.RunContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;

/**
 * Numbered instructions, each with its link to the admin center where it has one (for the
 * tenant's cloud), opening in a new tab without giving the opener away.
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
		removeAll();
		for (Instruction instruction : instructions) {
			ListItem item = new ListItem(Markup.render(getTranslation(instruction.textKey())));
			item.setId("instruction-" + instruction.id());
			if (instruction.link() != null) {
				instruction.link()
					.uriFor(context)
					.ifPresent(uri -> item.add(externalLink(instruction.id(),
							getTranslation(instruction.link().labelKey()), uri.toString())));
			}
			add(item);
		}
	}

	private Anchor externalLink(String instructionId, String label, String href) {
		Anchor link = new Anchor(href, "");
		link.setTarget(AnchorTarget.BLANK);
		link.getElement().setAttribute("rel", "noopener noreferrer");
		link.setId("link-" + instructionId);
		link.addClassName("external-link");
		Span text = new Span(label);
		Span newTab = new Span(getTranslation("ui.wizard.link.new-tab"));
		newTab.addClassName("visually-hidden");
		Component icon = VaadinIcon.EXTERNAL_LINK.create();
		icon.getElement().setAttribute("aria-hidden", "true");
		link.add(text, newTab, icon);
		return link;
	}

}

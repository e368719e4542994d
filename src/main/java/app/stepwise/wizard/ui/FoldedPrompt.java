package app.stepwise.wizard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The question which user (or tenant) the run is about, folded to one line: shown on the
 * run's later steps once the operator has gone on without answering it, so that it does
 * not push every step's answers down again. Its button unfolds the full question.
 */
class FoldedPrompt extends Section implements LocaleChangeObserver {

	private final boolean needsUser;

	private final Paragraph text = new Paragraph();

	final Button open = new Button();

	FoldedPrompt(boolean needsUser, Runnable unfold) {
		this.needsUser = needsUser;
		setId("subject-folded");
		addClassName("subject-folded");
		open.setId("subject-open");
		open.addThemeVariants(ButtonVariant.TERTIARY);
		open.addClickListener(e -> unfold.run());
		add(text, open);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		text.setText(getTranslation(needsUser ? "ui.tenant.prompt.folded" : "ui.tenant.prompt.folded-tenant"));
		open.setText(getTranslation(needsUser ? "ui.tenant.prompt.open" : "ui.tenant.prompt.open-tenant"));
	}

}

package app.stepwise.insight.ui;

import app.stepwise.base.ui.Markup;
import app.stepwise.flow.ActionStep;
import app.stepwise.flow.Answer;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.Instruction;
import app.stepwise.flow.Link;
import app.stepwise.flow.OutcomeStep;
import app.stepwise.flow.QuestionStep;
import app.stepwise.flow.RunContext;
import app.stepwise.flow.Step;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.insight.Staleness;
import app.stepwise.insight.Traffic;
import app.stepwise.insight.map.FlowGraph;
import app.stepwise.insight.map.MapWords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one step, in a language of the reader's choice (independent of the
 * screen's language, so that an author can compare translations), with its links per
 * cloud, its answers with their traffic, and when it was last checked.
 */
class StepPanel extends Aside {

	final H2 title = new H2();

	final Span kind = new Span();

	final Select<Language> language = new Select<>();

	final Div content = new Div();

	final Paragraph checked = new Paragraph();

	final Paragraph stale = new Paragraph();

	final Button close = new Button();

	private final Messages messages;

	private final Staleness staleness;

	private @Nullable Step step;

	private @Nullable FlowGraph graph;

	private @Nullable Traffic traffic;

	StepPanel(Messages messages, Staleness staleness, Runnable onClose) {
		this.messages = messages;
		this.staleness = staleness;
		setId("step-panel");
		addClassName("flow-map-panel");
		title.setId("panel-title");
		kind.addClassName("flow-map-panel-kind");
		language.setId("panel-language");
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::nativeName);
		language.addValueChangeListener(e -> showTexts());
		content.setId("panel-texts");
		stale.setId("panel-stale");
		stale.addClassName("flow-map-stale-note");
		close.setId("panel-close");
		close.addThemeVariants(ButtonVariant.TERTIARY);
		close.addClickListener(e -> onClose.run());
		add(close, kind, title, language, content, checked, stale);
		setVisible(false);
	}

	/** Shows a step; texts in the panel's language, which starts as the reader's. */
	void show(Step shown, FlowGraph shownGraph, Traffic shownTraffic) {
		this.step = shown;
		this.graph = shownGraph;
		this.traffic = shownTraffic;
		if (language.getValue() == null) {
			language.setValue(Language.orEnglish(getLocale()));
		}
		setVisible(true);
		localeChange();
	}

	void hide() {
		step = null;
		setVisible(false);
	}

	/** The texts in the screen's language: labels, the kind, the dates. */
	void localeChange() {
		close.setText(getTranslation("ui.flow-map.panel.close"));
		language.setLabel(getTranslation("ui.flow-map.panel.language"));
		Step current = step;
		if (current == null) {
			return;
		}
		kind.setText(getTranslation(MapWords.kindKey(FlowGraph.kindOf(current))));
		checked.setText(getTranslation("ui.flow-map.panel.source-date",
				Map.of("date", AgeTexts.date(getLocale(), current.sourceDate()))));
		stale.setVisible(staleness.isStale(current));
		stale.setText(getTranslation("ui.flow-map.panel.stale",
				Map.of("age", AgeTexts.ago(getLocale(), current.sourceDate(), staleness))));
		showTexts();
	}

	private void showTexts() {
		Step current = step;
		Language texts = language.getValue();
		if (current == null || texts == null) {
			return;
		}
		content.getElement().setAttribute("lang", texts.tag());
		title.getElement().setAttribute("lang", texts.tag());
		title.setText(text(texts, current.titleKey()));
		content.removeAll();
		Paragraph body = new Paragraph(Markup.render(text(texts, current.bodyKey())));
		body.setId("panel-body");
		content.add(body);
		List<Instruction> instructions = switch (current) {
			case ActionStep a -> a.instructions();
			case OutcomeStep o -> o.instructions();
			case QuestionStep q -> List.of();
		};
		if (!instructions.isEmpty()) {
			OrderedList list = new OrderedList();
			for (Instruction instruction : instructions) {
				ListItem item = new ListItem(Markup.render(text(texts, instruction.textKey())));
				if (instruction.link() != null) {
					item.add(links(texts, instruction.link()));
				}
				list.add(item);
			}
			content.add(heading("ui.flow-map.panel.instructions"), list);
		}
		if (!current.answers().isEmpty()) {
			UnorderedList answers = new UnorderedList();
			current.answers().forEach(answer -> answers.add(answer(texts, current, answer)));
			content.add(heading("ui.flow-map.panel.answers"), answers);
		}
	}

	private H3 heading(String key) {
		H3 heading = new H3(getTranslation(key));
		heading.getElement().setAttribute("lang", Language.orEnglish(getLocale()).tag());
		return heading;
	}

	private ListItem answer(Language texts, Step current, Answer answer) {
		FlowGraph shownGraph = graph;
		Traffic shownTraffic = traffic;
		String target = "";
		FlowGraph.Edge edge = null;
		if (shownGraph != null) {
			edge = shownGraph.edgesFrom(current.id())
				.stream()
				.filter(e -> e.answerId().equals(answer.id()))
				.findFirst()
				.orElse(null);
			if (edge != null) {
				target = shownGraph.node(edge.to()).map(n -> text(texts, n.titleKey())).orElse("");
			}
		}
		ListItem item = new ListItem(new Span(messages.get(texts, "ui.flow-map.outline.answer",
				Map.of("answer", text(texts, answer.labelKey()), "target", target))));
		Span facts = new Span();
		facts.addClassName("flow-map-answer-facts");
		facts.getElement().setAttribute("lang", Language.orEnglish(getLocale()).tag());
		String runs = getTranslation("ui.flow-map.edge.runs",
				Map.of("count", shownTraffic == null ? 0 : shownTraffic.taken(current.id(), answer.id())));
		if (edge != null && !edge.conditions().isEmpty()) {
			String names = String.join(", ",
					edge.conditions().stream().map(c -> getTranslation(MapWords.conditionKey(c))).toList());
			facts.setText(getTranslation("ui.flow-map.edge.condition", Map.of("conditions", names)) + " · " + runs);
		}
		else {
			facts.setText(runs);
		}
		item.add(facts);
		return item;
	}

	/** The link's label and its address; one address per cloud where they differ. */
	private Div links(Language texts, Link link) {
		Div links = new Div();
		links.addClassName("flow-map-links");
		Map<URI, List<Cloud>> byAddress = new LinkedHashMap<>();
		for (Cloud cloud : Cloud.values()) {
			link.uriFor(RunContext.of(cloud))
				.ifPresent(uri -> byAddress.computeIfAbsent(uri, u -> new java.util.ArrayList<>()).add(cloud));
		}
		links.add(new Span(text(texts, link.labelKey())));
		UnorderedList list = new UnorderedList();
		byAddress.forEach((uri, clouds) -> {
			Anchor anchor = new Anchor(uri.toString(), uri.toString(), AnchorTarget.BLANK);
			anchor.getElement().setAttribute("rel", "noopener noreferrer");
			ListItem item = new ListItem();
			if (byAddress.size() > 1) {
				item.add(new Span(
						String.join(", ", clouds.stream().map(c -> getTranslation(cloudKey(c))).toList()) + ": "));
			}
			item.add(anchor);
			list.add(item);
		});
		links.add(list);
		return links;
	}

	private static String cloudKey(Cloud cloud) {
		return switch (cloud) {
			case WORLDWIDE -> "ui.wizard.cloud.worldwide";
			case GERMANY -> "ui.wizard.cloud.germany";
			case CHINA_21VIANET -> "ui.wizard.cloud.21vianet";
		};
	}

	private String text(Language texts, String key) {
		return messages.get(texts, key, Map.of());
	}

}

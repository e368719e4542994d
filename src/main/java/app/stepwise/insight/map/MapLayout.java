package app.stepwise.insight.map;

import app.stepwise.insight.map.LaidOutMap.Box;
import app.stepwise.insight.map.LaidOutMap.Line;
import app.stepwise.insight.map.LaidOutMap.PlacedEdge;
import app.stepwise.insight.map.LaidOutMap.PlacedNode;
import app.stepwise.insight.map.LaidOutMap.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a flow graph out with the Eclipse Layout Kernel's layered algorithm, top to
 * bottom: steps in layers by their distance from the start, crossings kept few, answers
 * in the order of the flow file, edges routed at right angles and their labels placed
 * between the layers so that nothing overlaps. Texts are measured by {@link TextMetrics}
 * and broken into lines first, so each box is as big as its text.
 */
public final class MapLayout {

	static final double NODE_WIDTH = 196;

	static final double PADDING = 10;

	static final double LABEL_TEXT_WIDTH = 136;

	/** The widest count a line is laid out for. */
	static final long WIDEST_COUNT = 888_888;

	private MapLayout() {
	}

	/**
	 * The graph laid out with its texts in one language.
	 * @param stale ids of the step nodes due to be checked again, flagged on the map
	 */
	public static LaidOutMap layout(FlowGraph graph, MapTexts texts, Set<String> stale) {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root);
		Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
		Map<String, NodeDraft> nodeDrafts = new LinkedHashMap<>();
		for (FlowGraph.Node node : graph.nodes()) {
			NodeDraft draft = nodeDraft(node, texts, stale.contains(node.id()));
			ElkNode elk = ElkGraphUtil.createNode(root);
			elk.setIdentifier(node.id());
			elk.setDimensions(NODE_WIDTH, draft.height());
			elkNodes.put(node.id(), elk);
			nodeDrafts.put(node.id(), draft);
		}
		Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();
		Map<String, LabelDraft> labelDrafts = new LinkedHashMap<>();
		for (FlowGraph.Edge edge : graph.edges()) {
			ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to()));
			LabelDraft label = labelDraft(edge, texts);
			ElkLabel elkLabel = ElkGraphUtil.createLabel(edge.id(), elk);
			elkLabel.setDimensions(label.width(), label.height());
			elkLabel.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			// On the edge itself, so that each label plainly belongs to its edge.
			elkLabel.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
			elkEdges.put(edge.id(), elk);
			labelDrafts.put(edge.id(), label);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		List<PlacedNode> nodes = new ArrayList<>();
		for (FlowGraph.Node node : graph.nodes()) {
			ElkNode elk = elkNodes.get(node.id());
			Box box = new Box(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight());
			nodes.add(nodeDrafts.get(node.id()).place(node, box));
		}
		List<PlacedEdge> edges = new ArrayList<>();
		for (FlowGraph.Edge edge : graph.edges()) {
			ElkEdge elk = elkEdges.get(edge.id());
			ElkLabel label = elk.getLabels().getFirst();
			Box box = new Box(label.getX(), label.getY(), label.getWidth(), label.getHeight());
			edges.add(labelDrafts.get(edge.id()).place(edge, route(elk), box));
		}
		return new LaidOutMap(graph, root.getWidth(), root.getHeight(), nodes, edges);
	}

	private static void configure(ElkNode root) {
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
		root.setProperty(LayeredOptions.SPACING_LABEL_LABEL, 6.0);
		// Answers left to right in the order the flow file lists them.
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
	}

	private static List<Point> route(ElkEdge edge) {
		List<Point> points = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			points.add(new Point(section.getStartX(), section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Point(bend.getX(), bend.getY()));
			}
			points.add(new Point(section.getEndX(), section.getEndY()));
		}
		return points;
	}

	private static NodeDraft nodeDraft(FlowGraph.Node node, MapTexts texts, boolean stale) {
		double textWidth = NODE_WIDTH - 2 * PADDING;
		List<Text> lines = new ArrayList<>();
		lines.add(new Text(texts.get(MapWords.kindKey(node.kind())), 11, true, "kind", 15));
		TextMetrics.wrap(texts.get(node.titleKey()), textWidth, 13, true, 4)
			.forEach(line -> lines.add(new Text(line, 13, true, "title", 17)));
		if (stale) {
			lines.add(new Text("⚠ " + texts.get("ui.flow-map.node.stale"), 12, true, "stale", 17));
		}
		if (node.kind() == FlowGraph.Kind.OTHER_FLOW) {
			TextMetrics.wrap(texts.get("ui.flow-map.node.open-map"), textWidth, 12, false, 3)
				.forEach(line -> lines.add(new Text(line, 12, false, "hint", 16)));
		}
		List<Text> fitted = new ArrayList<>();
		for (Text line : lines) {
			fitted.addAll(line.fitTo(textWidth));
		}
		double height = PADDING + fitted.stream().mapToDouble(Text::lineHeight).sum() + PADDING + 4;
		if (node.isStep()) {
			// The runs that ended at the step, and a bar for their share.
			height += 17 + 9;
		}
		return new NodeDraft(fitted, stale, height);
	}

	private static LabelDraft labelDraft(FlowGraph.Edge edge, MapTexts texts) {
		List<Text> lines = new ArrayList<>();
		TextMetrics.wrap(texts.get(edge.labelKey()), LABEL_TEXT_WIDTH, 12, false, 3)
			.forEach(line -> lines.add(new Text(line, 12, false, "answer", 15)));
		if (!edge.conditions().isEmpty()) {
			String names = edge.conditions()
				.stream()
				.map(MapWords::conditionKey)
				.map(texts::get)
				.collect(Collectors.joining(", "));
			TextMetrics
				.wrap(texts.get("ui.flow-map.edge.condition", Map.of("conditions", names)), LABEL_TEXT_WIDTH, 11, true,
						3)
				.forEach(line -> lines.add(new Text(line, 11, true, "condition", 14)));
		}
		String widestCount = texts.get("ui.flow-map.edge.runs", Map.of("count", WIDEST_COUNT));
		double width = Math.max(lines.stream().mapToDouble(Text::width).max().orElse(0),
				TextMetrics.width(widestCount, 12, true)) + 8;
		double height = lines.stream().mapToDouble(Text::lineHeight).sum() + 15 + 6;
		return new LabelDraft(lines, width, height);
	}

	/** A line of text before it is placed. */
	private record Text(String text, double size, boolean bold, String role, double lineHeight) {

		double width() {
			return TextMetrics.width(text, size, bold);
		}

		List<Text> fitTo(double maxWidth) {
			return TextMetrics.wrap(text, maxWidth, size, bold, 2)
				.stream()
				.map(t -> new Text(t, size, bold, role, lineHeight))
				.toList();
		}

	}

	private record NodeDraft(List<Text> texts, boolean stale, double height) {

		PlacedNode place(FlowGraph.Node node, Box box) {
			List<Line> lines = new ArrayList<>();
			double y = box.y() + PADDING;
			for (Text text : texts) {
				y += text.lineHeight();
				lines.add(new Line(text.text(), box.x() + PADDING, y - 4, text.size(), text.bold(), text.role()));
			}
			return new PlacedNode(node, box, stale, lines, y + 13);
		}

	}

	private record LabelDraft(List<Text> texts, double width, double height) {

		PlacedEdge place(FlowGraph.Edge edge, List<Point> route, Box box) {
			List<Line> lines = new ArrayList<>();
			double y = box.y() + 3;
			for (Text text : texts) {
				y += text.lineHeight();
				lines.add(new Line(text.text(), box.x() + 4, y - 3.5, text.size(), text.bold(), text.role()));
			}
			return new PlacedEdge(edge, route, box, lines, y + 15 - 3.5);
		}

	}

}

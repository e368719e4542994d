package app.stepwise.insight.map;

import static app.stepwise.insight.map.NodeShapes.n;

import app.stepwise.base.MarkupText;
import app.stepwise.insight.map.LaidOutMap.Box;
import app.stepwise.insight.map.LaidOutMap.Line;
import app.stepwise.insight.map.LaidOutMap.PlacedEdge;
import app.stepwise.insight.map.LaidOutMap.PlacedNode;
import app.stepwise.insight.map.LaidOutMap.Point;
import java.util.Map;

/**
 * Writes a laid-out map as an SVG document with the traffic of a period: each edge as
 * thick as its share of the busiest answer, and each step with a bar for the runs that
 * ended there, the numbers written beside both. The document is an image with a title and
 * a description for assistive technology; every text and attribute value is escaped.
 */
public final class MapSvg {

	/** The id of the drawing's title, unique in a page. */
	public static final String TITLE_ID = "flow-map-title";

	/** The id of the drawing's description, unique in a page. */
	public static final String DESCRIPTION_ID = "flow-map-description";

	private static final String FONT = "-apple-system, BlinkMacSystemFont, Roboto, &quot;Segoe UI&quot;, Helvetica, "
			+ "Arial, sans-serif";

	private static final String TEXT_COLOUR = "#1f2937";

	private static final String IDLE_EDGE = "#667085";

	private static final String BUSY_EDGE = "#1e3a8a";

	private MapSvg() {
	}

	/**
	 * The map as an SVG document.
	 * @param title what the map shows, for the document's title
	 * @param description a summary for assistive technology
	 */
	public static String render(LaidOutMap map, MapCounts counts, MapTexts texts, String title, String description) {
		StringBuilder svg = new StringBuilder(32_768);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow-map-svg\" role=\"img\" width=\"")
			.append(n(map.width()))
			.append("\" height=\"")
			.append(n(map.height()))
			.append("\" viewBox=\"0 0 ")
			.append(n(map.width()))
			.append(' ')
			.append(n(map.height()))
			.append("\" aria-labelledby=\"" + TITLE_ID + "\" aria-describedby=\"" + DESCRIPTION_ID
					+ "\" font-family=\"")
			.append(FONT)
			.append("\">");
		svg.append("<title id=\"" + TITLE_ID + "\">").append(MarkupText.escape(title)).append("</title>");
		svg.append("<desc id=\"" + DESCRIPTION_ID + "\">").append(MarkupText.escape(description)).append("</desc>");
		svg.append("<defs>")
			.append(arrow("flow-map-arrow-idle", IDLE_EDGE))
			.append(arrow("flow-map-arrow-busy", BUSY_EDGE));
		svg.append("</defs><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
		long busiest = map.edges()
			.stream()
			.mapToLong(e -> counts.taken(e.edge().from(), e.edge().answerId()))
			.max()
			.orElse(0);
		long mostEnded = map.nodes().stream().mapToLong(p -> counts.stoppedAt(p.node().stepId())).max().orElse(0);
		svg.append("<g class=\"flow-map-edges\">");
		map.edges().forEach(edge -> edge(svg, edge, counts.taken(edge.edge().from(), edge.edge().answerId()), busiest));
		svg.append("</g><g class=\"flow-map-nodes\">");
		map.nodes().forEach(node -> node(svg, node, counts, mostEnded, texts));
		svg.append("</g><g class=\"flow-map-labels\">");
		map.edges().forEach(edge -> label(svg, edge, counts.taken(edge.edge().from(), edge.edge().answerId()), texts));
		svg.append("</g></svg>");
		return svg.toString();
	}

	private static String arrow(String id, String colour) {
		return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
				+ " markerWidth=\"12\" markerHeight=\"12\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
				+ colour + "\"/></marker>";
	}

	private static void edge(StringBuilder svg, PlacedEdge edge, long taken, long busiest) {
		boolean busy = taken > 0;
		double width = busy ? 2 + 6.0 * taken / busiest : 1.5;
		svg.append("<path class=\"flow-map-edge\" data-edge=\"")
			.append(MarkupText.escape(edge.edge().id()))
			.append("\" d=\"");
		for (int i = 0; i < edge.points().size(); i++) {
			Point point = edge.points().get(i);
			svg.append(i == 0 ? "M" : " L").append(n(point.x())).append(',').append(n(point.y()));
		}
		svg.append("\" fill=\"none\" stroke=\"")
			.append(busy ? BUSY_EDGE : IDLE_EDGE)
			.append("\" stroke-width=\"")
			.append(n(width))
			.append("\" marker-end=\"url(#")
			.append(busy ? "flow-map-arrow-busy" : "flow-map-arrow-idle")
			.append(")\"/>");
	}

	private static void node(StringBuilder svg, PlacedNode placed, MapCounts counts, long mostEnded, MapTexts texts) {
		FlowGraph.Node node = placed.node();
		Box box = placed.box();
		svg.append("<g class=\"flow-map-node flow-map-")
			.append(node.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
			.append("\" data-node=\"")
			.append(MarkupText.escape(node.id()))
			.append("\">");
		svg.append("<title>").append(MarkupText.escape(texts.get(node.titleKey()))).append("</title>");
		svg.append(NodeShapes.outline(node.kind(), box));
		if (placed.stale()) {
			svg.append(NodeShapes.staleRing(box));
		}
		String accent = NodeShapes.palette(node.kind()).stroke();
		for (Line line : placed.lines()) {
			text(svg, line, switch (line.role()) {
				case "kind" -> accent;
				case "stale" -> "#b42318";
				default -> TEXT_COLOUR;
			});
		}
		if (node.isStep()) {
			long ended = counts.stoppedAt(node.stepId());
			String count = texts.get(MapWords.endedKey(node.kind()), Map.of("count", ended));
			text(svg, new Line(count, box.x() + MapLayout.PADDING, placed.countY(), 12, false, "count"), TEXT_COLOUR);
			svg.append(NodeShapes.stopBar(node.kind(), box, mostEnded == 0 ? 0 : (double) ended / mostEnded));
		}
		svg.append("</g>");
	}

	private static void label(StringBuilder svg, PlacedEdge edge, long taken, MapTexts texts) {
		Box box = edge.label();
		if (box == null) {
			return;
		}
		svg.append("<g class=\"flow-map-label\" data-edge=\"")
			.append(MarkupText.escape(edge.edge().id()))
			.append("\">");
		svg.append(NodeShapes.rect("", box.x(), box.y(), box.width(), box.height(), 3,
				"fill=\"#ffffff\" fill-opacity=\"0.94\" stroke=\"#d0d5dd\" stroke-width=\"1\""));
		for (Line line : edge.lines()) {
			text(svg, line, line.role().equals("condition") ? "#6b21a8" : TEXT_COLOUR);
		}
		String runs = texts.get("ui.flow-map.edge.runs", Map.of("count", taken));
		text(svg, new Line(runs, box.x() + 4, edge.countY(), 12, true, "count"), taken > 0 ? BUSY_EDGE : "#475467");
		svg.append("</g>");
	}

	private static void text(StringBuilder svg, Line line, String colour) {
		svg.append("<text x=\"")
			.append(n(line.x()))
			.append("\" y=\"")
			.append(n(line.y()))
			.append("\" font-size=\"")
			.append(n(line.size()))
			.append('"')
			.append(line.bold() ? " font-weight=\"600\"" : "")
			.append(" fill=\"")
			.append(colour)
			.append("\">")
			.append(MarkupText.escape(line.text()))
			.append("</text>");
	}

}

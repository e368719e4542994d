package app.stepwise.insight.map;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A flow graph with every node, edge and label placed, in pixels from the drawing's top
 * left corner, and every text already broken into lines. Immutable; one per flow,
 * language and set of steps due for checking, shared by all sessions.
 */
public record LaidOutMap(FlowGraph graph, double width, double height, List<PlacedNode> nodes, List<PlacedEdge> edges) {

	/** A rectangle. */
	public record Box(double x, double y, double width, double height) {

		/** Whether the two share any area (touching edges do not count). */
		public boolean overlaps(Box other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height
					&& other.y < y + height;
		}

		/** Whether the box lies within a drawing of that size. */
		public boolean within(double drawingWidth, double drawingHeight) {
			return x >= 0 && y >= 0 && x + width <= drawingWidth && y + height <= drawingHeight;
		}

	}

	/** A point of an edge's route. */
	public record Point(double x, double y) {
	}

	/** One line of text, its baseline starting at (x, y). */
	public record Line(String text, double x, double y, double size, boolean bold, String role) {
	}

	/**
	 * A node with its box and its texts.
	 *
	 * @param stale whether the step is due to be checked again
	 * @param countY where the line with the runs that ended here goes
	 */
	public record PlacedNode(FlowGraph.Node node, Box box, boolean stale, List<Line> lines, double countY) {

		public PlacedNode {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * An edge with its route and its label.
	 *
	 * @param points the route from the source node to the target node
	 * @param label the label's box, or null if the edge has none
	 * @param countY where the line with the runs that took the answer goes
	 */
	public record PlacedEdge(FlowGraph.Edge edge, List<Point> points, @Nullable Box label, List<Line> lines,
			double countY) {

		public PlacedEdge {
			points = List.copyOf(points);
			lines = List.copyOf(lines);
		}

	}

	public LaidOutMap {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

}

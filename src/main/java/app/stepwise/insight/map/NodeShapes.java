package app.stepwise.insight.map;

import app.stepwise.insight.map.LaidOutMap.Box;
import java.util.Locale;

/**
 * How each kind of node is drawn. Kinds differ in outline shape, line style and colour,
 * and each node also names its kind in words, so colour is never the only difference.
 * Colours keep at least 3:1 against white for outlines and 4.5:1 for text.
 */
final class NodeShapes {

	/** The colours of one kind: outline and text accents, and the fill. */
	record Palette(String stroke, String fill) {
	}

	private static final double INSET = 4;

	private NodeShapes() {
	}

	static Palette palette(FlowGraph.Kind kind) {
		return switch (kind) {
			case QUESTION -> new Palette("#1d4ed8", "#eff4ff");
			case ACTION -> new Palette("#8a4b00", "#fff8eb");
			case RESOLVED -> new Palette("#17703a", "#ecf8f0");
			case ESCALATE -> new Palette("#b42318", "#fef1f0");
			case OTHER_FLOW -> new Palette("#6b21a8", "#f7f0fd");
		};
	}

	/**
	 * The node's outline as SVG, inside its box, leaving room for the "re-check" ring.
	 */
	static String outline(FlowGraph.Kind kind, Box box) {
		Palette palette = palette(kind);
		double x = box.x() + INSET;
		double y = box.y() + INSET;
		double w = box.width() - 2 * INSET;
		double h = box.height() - 2 * INSET;
		String paint = "fill=\"" + palette.fill() + "\" stroke=\"" + palette.stroke() + "\"";
		return switch (kind) {
			case QUESTION -> {
				// Cut corners: the shape of a decision.
				double c = 12;
				yield "<polygon class=\"flow-map-shape\" " + paint + " stroke-width=\"2\" points=\""
						+ points(x + c, y, x + w - c, y, x + w, y + c, x + w, y + h - c, x + w - c, y + h, x + c, y + h,
								x, y + h - c, x, y + c)
						+ "\"/>";
			}
			case ACTION -> rect("flow-map-shape", x, y, w, h, 3, paint + " stroke-width=\"2\"");
			case RESOLVED -> rect("flow-map-shape", x, y, w, h, 16, paint + " stroke-width=\"3\"");
			case ESCALATE -> rect("flow-map-shape", x, y, w, h, 16, paint + " stroke-width=\"3\"") + rect("", x + 4,
					y + 4, w - 8, h - 8, 12, "fill=\"none\" stroke=\"" + palette.stroke() + "\" stroke-width=\"1\"");
			case OTHER_FLOW ->
				rect("flow-map-shape", x, y, w, h, 3, paint + " stroke-width=\"2\" stroke-dasharray=\"7 4\"");
		};
	}

	/** The ring around a step due to be checked again. */
	static String staleRing(Box box) {
		return rect("flow-map-stale-ring", box.x() + 0.5, box.y() + 0.5, box.width() - 1, box.height() - 1, 6,
				"fill=\"none\" stroke=\"#b42318\" stroke-width=\"2\" stroke-dasharray=\"3 3\"");
	}

	/**
	 * A bar along the bottom of the node, as long as its share of the most runs that
	 * ended at any node of the map.
	 */
	static String stopBar(FlowGraph.Kind kind, Box box, double share) {
		double x = box.x() + INSET + 8;
		double w = box.width() - 2 * INSET - 16;
		double y = box.y() + box.height() - INSET - 11;
		String track = rect("", x, y, w, 5, 2, "fill=\"#e4e7ec\"");
		if (share <= 0) {
			return track;
		}
		return track + rect("flow-map-stop-bar", x, y, Math.max(3, w * share), 5, 2,
				"fill=\"" + palette(kind).stroke() + "\"");
	}

	static String rect(String cssClass, double x, double y, double w, double h, double r, String attributes) {
		return "<rect" + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"") + " x=\"" + n(x) + "\" y=\"" + n(y)
				+ "\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" rx=\"" + n(r) + "\" " + attributes + "/>";
	}

	private static String points(double... xy) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < xy.length; i += 2) {
			out.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
		}
		return out.toString();
	}

	/** A coordinate, with at most one decimal. */
	static String n(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
				: String.format(Locale.ROOT, "%.1f", rounded);
	}

}

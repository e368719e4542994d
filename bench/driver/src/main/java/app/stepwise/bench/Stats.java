package app.stepwise.bench;

import java.util.Arrays;
import java.util.List;

/** Medians, percentiles and the least-squares slope the report needs. */
final class Stats {

	private Stats() {
	}

	static double median(List<? extends Number> values) {
		return percentile(values.stream().mapToDouble(Number::doubleValue).toArray(), 50);
	}

	/** The nearest-rank percentile of the values (need not be sorted). */
	static double percentile(double[] values, double percent) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		if (percent == 50 && sorted.length % 2 == 0) {
			return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
		}
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
	}

	static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

	/** The slope of the least-squares line through the points (x[i], y[i]). */
	static double slope(double[] x, double[] y) {
		double meanX = Arrays.stream(x).average().orElseThrow();
		double meanY = Arrays.stream(y).average().orElseThrow();
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < x.length; i++) {
			covariance += (x[i] - meanX) * (y[i] - meanY);
			variance += (x[i] - meanX) * (x[i] - meanX);
		}
		return covariance / variance;
	}

}

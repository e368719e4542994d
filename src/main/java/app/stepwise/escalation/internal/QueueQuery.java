package app.stepwise.escalation.internal;

import app.stepwise.base.SqlTimes;
import app.stepwise.escalation.QueueFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * Which support requests a list selects, as a SQL condition with its arguments: the
 * queue's filters or one operator's requests. Only fixed column names go into the SQL;
 * every value is an argument.
 *
 * @param where a condition on {@code support_request}, {@code 1 = 1} for every request
 */
public record QueueQuery(String where, List<Object> args) {

	/** The sortable properties of a list, by the columns that hold them. */
	private static final Map<String, String> COLUMNS = Map.of("reference", "reference", "createdAt", "created_at",
			"language", "language", "flowId", "flow_id", "affectedUser", "affected_user", "status", "status");

	public QueueQuery {
		args = List.copyOf(args);
	}

	/**
	 * The queue's filters; a day begins and ends in the filter's zone, {@code to} is the
	 * last day included.
	 */
	public static QueueQuery of(QueueFilter filter) {
		QueueQuery query = new QueueQuery("1 = 1", List.of());
		if (filter.status() != null) {
			query = query.and("status = ?", filter.status().name());
		}
		if (filter.flowId() != null) {
			query = query.and("flow_id = ?", filter.flowId());
		}
		if (filter.language() != null) {
			query = query.and("language = ?", filter.language().tag());
		}
		if (filter.from() != null) {
			Instant start = filter.from().atStartOfDay(filter.zone()).toInstant();
			query = query.and("created_at >= ?", SqlTimes.at(start));
		}
		if (filter.to() != null) {
			Instant end = filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant();
			query = query.and("created_at < ?", SqlTimes.at(end));
		}
		return query;
	}

	/** The requests filed by one signed-in operator. */
	public static QueueQuery filedBy(String principal) {
		return new QueueQuery("operator_principal = ?", List.of(principal));
	}

	/** This selection narrowed by one more condition with one argument. */
	QueueQuery and(String condition, Object arg) {
		List<Object> more = new ArrayList<>(args);
		more.add(arg);
		return new QueueQuery(where + " AND " + condition, more);
	}

	/**
	 * The sort as an {@code ORDER BY} list.
	 * @throws IllegalArgumentException for a property lists cannot be sorted by
	 */
	static String orderBy(Sort sort) {
		return sort.stream()
			.map(o -> column(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC"))
			.collect(Collectors.joining(", "));
	}

	static boolean sortable(String property) {
		return COLUMNS.containsKey(property);
	}

	private static String column(String property) {
		String column = COLUMNS.get(property);
		if (column == null) {
			throw new IllegalArgumentException("Support requests cannot be sorted by " + property);
		}
		return column;
	}

}

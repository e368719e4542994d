package app.stepwise.escalation.internal;

import app.stepwise.escalation.QueueFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import jakarta.persistence.criteria.Predicate;

/** The queue's filters as a query. */
public final class QueueSpecifications {

	private QueueSpecifications() {
	}

	public static Specification<SupportRequestEntity> of(QueueFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.flowId() != null) {
				where.add(cb.equal(root.get("flowId"), filter.flowId()));
			}
			if (filter.language() != null) {
				where.add(cb.equal(root.get("language"), filter.language()));
			}
			if (filter.from() != null) {
				Instant start = filter.from().atStartOfDay(filter.zone()).toInstant();
				where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), start));
			}
			if (filter.to() != null) {
				Instant end = filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant();
				where.add(cb.lessThan(root.get("createdAt"), end));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The requests filed by one signed-in operator. */
	public static Specification<SupportRequestEntity> filedBy(String principal) {
		return (root, query, cb) -> cb.equal(root.get("operatorPrincipal"), principal);
	}

}

package app.stepwise.escalation.internal;

import app.stepwise.escalation.RunOutcome;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Run records in the database. */
public interface RunRecordRepository extends JpaRepository<RunRecordEntity, UUID> {

	long countByOutcome(RunOutcome outcome);

}

package app.stepwise.escalation.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Support requests in the database. */
public interface SupportRequestRepository
		extends JpaRepository<SupportRequestEntity, UUID>, JpaSpecificationExecutor<SupportRequestEntity> {

	Optional<SupportRequestEntity> findByRunId(UUID runId);

	Optional<SupportRequestEntity> findByReference(String reference);

}

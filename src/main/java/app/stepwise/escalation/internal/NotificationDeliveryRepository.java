package app.stepwise.escalation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accepted notifications, by channel and idempotency key. */
public interface NotificationDeliveryRepository extends JpaRepository<NotificationDelivery, String> {

}

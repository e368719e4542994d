package app.stepwise.escalation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.NullUnmarked;
import org.springframework.data.domain.Persistable;

/** A notification the receiver accepted; its key is never delivered again. */
@Entity
@Table(name = "notification_delivery")
@NullUnmarked
public class NotificationDelivery implements Persistable<String> {

	@Id
	private String deliveryKey;

	private Instant deliveredAt;

	protected NotificationDelivery() {
	}

	public NotificationDelivery(String deliveryKey, Instant deliveredAt) {
		this.deliveryKey = deliveryKey;
		this.deliveredAt = deliveredAt;
	}

	@Override
	public String getId() {
		return deliveryKey;
	}

	/** Always inserted, never updated: a second delivery of a key is an error. */
	@Override
	public boolean isNew() {
		return true;
	}

	public Instant getDeliveredAt() {
		return deliveredAt;
	}

}

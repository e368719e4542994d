package app.stepwise.escalation.internal;

import app.stepwise.escalation.NotificationDelivery;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** {@link NotificationDelivery} through the {@link DeliveryLedger}. */
@Component
class LedgerDelivery implements NotificationDelivery {

	private final DeliveryLedger ledger;

	LedgerDelivery(DeliveryLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public boolean deliverOnce(String key, Duration hold, String what, Runnable send) {
		return ledger.deliverOnce(key, hold, what, send) == DeliveryLedger.Delivery.SENT;
	}

}

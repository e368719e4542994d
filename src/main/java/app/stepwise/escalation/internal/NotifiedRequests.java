package app.stepwise.escalation.internal;

import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequestFiled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the request a notification is about. Notifications are the application's own
 * work, not a person's: they run after the filing, on another thread or from a scheduled
 * retry, with nobody signed in. So they read here, straight from the store, and not
 * through {@link app.stepwise.escalation.SupportRequests}, whose every method needs a
 * signed-in person with a role.
 */
@Component
class NotifiedRequests {

	private final SupportRequestStore store;

	private final TransactionTemplate reads;

	NotifiedRequests(SupportRequestStore store, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
	}

	/**
	 * The request that was filed, with its checks and history.
	 * @throws IllegalStateException if it is not in the database
	 */
	SupportRequest read(SupportRequestFiled filed) {
		SupportRequest request = reads
			.execute(tx -> store.findByReference(filed.reference()).map(store::toRequest).orElse(null));
		if (request == null) {
			throw new IllegalStateException("No support request " + filed.reference());
		}
		return request;
	}

}

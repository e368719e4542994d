package app.stepwise.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Personal data one feature stores, as that feature knows it: a Spring bean of this type
 * is found by {@link PersonalDataRegistry} and included in every export, erasure and
 * retention round, without this package knowing the feature. A feature that starts to
 * store something about people adds one.
 *
 * <p>
 * Erasure and expiry may delete or anonymize, whichever keeps what the feature still
 * needs without the person: a support request, for example, keeps its flow, step, status
 * and dates for the statistics, and loses the names, addresses and texts.
 */
public interface PersonalData {

	/**
	 * A stable name for this kind of data, lower case with dashes (e.g.
	 * {@code support-requests}): the key in exports, and in the retention setting
	 * {@code stepwise.privacy.retention.<name>}.
	 */
	String name();

	/** How long the data is kept when the retention setting does not say. */
	Duration defaultRetention();

	/**
	 * Everything stored about the person, one map per record: column-like names and their
	 * values as text.
	 */
	List<Map<String, String>> export(Person person);

	/**
	 * Deletes or anonymizes everything stored about the person.
	 * @return how many records were deleted or anonymized
	 */
	int erase(Person person);

	/**
	 * Deletes or anonymizes what has been kept long enough: what ended (was finished,
	 * given up, last changed) before the given time. Records already anonymized are left
	 * alone.
	 * @return how many records were deleted or anonymized
	 */
	int expire(Instant endedBefore);

}

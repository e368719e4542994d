package app.stepwise.privacy;

import app.stepwise.base.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's requests about their data: everything stored about them, from every feature
 * that stores personal data ({@link PersonalData}), exported or erased, each in the audit
 * log. The audit entry names the person by a fingerprint (the first 12 hexadecimal digits
 * of the SHA-256 of the identifier in lower case), so that the log proves the erasure
 * without keeping the name it erased.
 */
@Service
public class PersonalDataRequests {

	/** Audit action of an export. */
	public static final String EXPORTED = "personal-data-exported";

	/** Audit action of an erasure. */
	public static final String ERASED = "personal-data-erased";

	private final List<PersonalData> kinds;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonalDataRequests(List<PersonalData> kinds, ApplicationEventPublisher events, Clock clock) {
		this.kinds = List.copyOf(kinds);
		this.events = events;
		this.clock = clock;
	}

	/** The kinds of personal data stored, by name. */
	public List<String> kinds() {
		return kinds.stream().map(PersonalData::name).toList();
	}

	/**
	 * Everything stored about a person, by kind of data.
	 * @param actor who asked, for the audit log
	 */
	@Transactional(readOnly = true)
	public Map<String, List<Map<String, String>>> export(Person person, String actor) {
		Map<String, List<Map<String, String>>> found = new LinkedHashMap<>();
		kinds.forEach(kind -> found.put(kind.name(), kind.export(person)));
		audit(EXPORTED, actor, person,
				found.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue().size())
					.collect(Collectors.joining(" ")));
		return found;
	}

	/**
	 * Deletes or anonymizes everything stored about a person, all kinds in one
	 * transaction.
	 * @param actor who asked, for the audit log
	 * @return how many records of each kind were deleted or anonymized
	 */
	@Transactional
	public Map<String, Integer> erase(Person person, String actor) {
		Map<String, Integer> erased = new LinkedHashMap<>();
		kinds.forEach(kind -> erased.put(kind.name(), kind.erase(person)));
		audit(ERASED, actor, person,
				erased.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
		return erased;
	}

	private void audit(String action, String actor, Person person, String counts) {
		events.publishEvent(
				new AuditEvent(action, actor, "person " + fingerprint(person) + ": " + counts, clock.instant()));
	}

	/** The first 12 hexadecimal digits of the SHA-256 of the person's identifier. */
	public static String fingerprint(Person person) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(person.id().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, 12);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}

package app.stepwise.escalation.internal;

import app.stepwise.base.SqlTimes;
import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequestRow;
import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import app.stepwise.wizard.CheckEvidence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of {@code support_request}, without its transcript, history and evidence: what
 * lists, the CSV export and a status change need.
 *
 * @param version the row's version, raised by every update (see
 * {@link SupportRequestStore#changeStatus})
 */
public record StoredRequest(UUID id, String reference, UUID runId, String flowId, int flowVersion, String stepFlowId,
		String stepId, boolean atOutcome, boolean filedInsideWait, Cloud cloud, Language language, String affectedUser,
		String operatorPrincipal, String description, String contactEmail, String contactPhone,
		ContactMethod preferredContact, RequestStatus status, Instant createdAt, Instant updatedAt, long version) {

	/** The columns of {@code support_request} that {@link #read} reads. */
	static final String COLUMNS = "id, reference, run_id, flow_id, flow_version, step_flow_id, step_id, at_outcome,"
			+ " filed_inside_wait, cloud, language, affected_user, operator_principal, description, contact_email,"
			+ " contact_phone, preferred_contact, status, created_at, updated_at, version";

	/** The columns a list of requests shows. */
	public SupportRequestRow toRow() {
		return new SupportRequestRow(reference, createdAt, language, flowId, affectedUser, status);
	}

	/** The whole request, with the rows stored under it, each list in its order. */
	SupportRequest toRequest(List<SupportRequest.Check> transcript, List<SupportRequest.StatusChange> history,
			List<CheckEvidence> evidence) {
		return new SupportRequest(id, reference, runId, flowId, flowVersion, stepFlowId, stepId, atOutcome, cloud,
				language, affectedUser, operatorPrincipal, description, contactEmail, contactPhone, preferredContact,
				status, createdAt, updatedAt, version, transcript, history, evidence, filedInsideWait);
	}

	/**
	 * Reads a row selected with {@link #COLUMNS}. A cloud or language the application no
	 * longer knows reads as the default one, as before.
	 */
	static StoredRequest read(ResultSet rs, int row) throws SQLException {
		return new StoredRequest(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("run_id", UUID.class), rs.getString("flow_id"), rs.getInt("flow_version"),
				rs.getString("step_flow_id"), rs.getString("step_id"), rs.getBoolean("at_outcome"),
				rs.getBoolean("filed_inside_wait"), Cloud.byId(rs.getString("cloud")).orElse(Cloud.WORLDWIDE),
				Language.byTag(rs.getString("language")).orElse(Language.ENGLISH), rs.getString("affected_user"),
				rs.getString("operator_principal"), rs.getString("description"), rs.getString("contact_email"),
				rs.getString("contact_phone"), ContactMethod.valueOf(rs.getString("preferred_contact")),
				RequestStatus.valueOf(rs.getString("status")), SqlTimes.instant(rs, "created_at"),
				SqlTimes.instant(rs, "updated_at"), rs.getLong("version"));
	}

}

package app.stepwise.escalation.internal;

import app.stepwise.escalation.ContactMethod;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequestRow;
import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/** A support request's row and its transcript and history, as JPA maps them. */
@Entity
@Table(name = "support_request")
@NullUnmarked
public class SupportRequestEntity {

	@Id
	private UUID id;

	private String reference;

	private UUID runId;

	private String flowId;

	private int flowVersion;

	private String stepFlowId;

	private String stepId;

	private boolean atOutcome;

	private boolean filedInsideWait;

	@Convert(converter = CloudConverter.class)
	private Cloud cloud;

	@Convert(converter = LanguageConverter.class)
	private Language language;

	private String affectedUser;

	private String operatorPrincipal;

	private String description;

	private String contactEmail;

	private String contactPhone;

	@Enumerated(EnumType.STRING)
	private ContactMethod preferredContact;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private Instant createdAt;

	private Instant updatedAt;

	/** Null until stored, which tells Spring Data that the entity is new. */
	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "support_request_step", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "seq")
	private List<CheckRow> transcript = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "support_request_change", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "seq")
	private List<ChangeRow> history = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "support_request_evidence", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "seq")
	private List<EvidenceRow> evidence = new ArrayList<>();

	protected SupportRequestEntity() {
	}

	/** A new request with the given reference, as the draft describes it. */
	public SupportRequestEntity(RequestDraft draft, String reference) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.runId = draft.runId();
		this.flowId = draft.flowId();
		this.flowVersion = draft.flowVersion();
		this.stepFlowId = draft.stepFlowId();
		this.stepId = draft.stepId();
		this.atOutcome = draft.atOutcome();
		this.filedInsideWait = draft.filedInsideWait();
		this.cloud = draft.cloud();
		this.language = draft.language();
		this.affectedUser = draft.affectedUser();
		this.operatorPrincipal = draft.operatorPrincipal();
		this.description = draft.description();
		this.contactEmail = draft.contactEmail();
		this.contactPhone = draft.contactPhone();
		this.preferredContact = draft.preferredContact();
		this.status = RequestStatus.NEW;
		this.createdAt = draft.filedAt();
		this.updatedAt = draft.filedAt();
		draft.transcript().forEach(c -> transcript.add(new CheckRow(c)));
		draft.evidence().forEach(e -> evidence.add(new EvidenceRow(e)));
	}

	public UUID getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getFlowId() {
		return flowId;
	}

	public int getFlowVersion() {
		return flowVersion;
	}

	public String getStepFlowId() {
		return stepFlowId;
	}

	public String getStepId() {
		return stepId;
	}

	public Cloud getCloud() {
		return cloud;
	}

	public Language getLanguage() {
		return language;
	}

	public String getAffectedUser() {
		return affectedUser;
	}

	public String getOperatorPrincipal() {
		return operatorPrincipal;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public ContactMethod getPreferredContact() {
		return preferredContact;
	}

	public String getDescription() {
		return description;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}

	/** The columns a list of requests shows. */
	public SupportRequestRow toRow() {
		return new SupportRequestRow(reference, createdAt, language, flowId, affectedUser, status);
	}

	/** Records a change of status (or a comment under the same status). */
	public void change(RequestStatus to, String comment, String actor, Instant at) {
		history.add(new ChangeRow(at, actor, status, to, comment));
		status = to;
		updatedAt = at;
	}

	/** The whole request; reads the transcript, the history and the evidence. */
	public SupportRequest toRequest() {
		return new SupportRequest(id, reference, runId, flowId, flowVersion, stepFlowId, stepId, atOutcome, cloud,
				language, affectedUser, operatorPrincipal, description, contactEmail, contactPhone, preferredContact,
				status, createdAt, updatedAt, getVersion(), transcript.stream().map(CheckRow::toCheck).toList(),
				history.stream().map(ChangeRow::toChange).toList(),
				evidence.stream().map(EvidenceRow::toEvidence).toList(), filedInsideWait);
	}

}

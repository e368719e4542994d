package app.stepwise.escalation.internal;

import app.stepwise.flow.Cloud;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a cloud by its stable id, not by the enum constant's name. */
@Converter
class CloudConverter implements AttributeConverter<Cloud, String> {

	@Override
	public String convertToDatabaseColumn(Cloud attribute) {
		return attribute.id();
	}

	@Override
	public Cloud convertToEntityAttribute(String dbData) {
		return Cloud.byId(dbData).orElse(Cloud.WORLDWIDE);
	}

}

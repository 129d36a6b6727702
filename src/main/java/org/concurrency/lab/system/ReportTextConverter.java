package org.concurrency.lab.system;

import java.nio.charset.StandardCharsets;

import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.ReportText;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes a {@link Report} as text when the client asks for {@code text/plain}. */
class ReportTextConverter extends AbstractHttpMessageConverter<Report<?, ?>> {

	ReportTextConverter() {
		super(StandardCharsets.UTF_8, MediaType.TEXT_PLAIN);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return Report.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected Report<?, ?> readInternal(Class<? extends Report<?, ?>> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("Reports are not read", input);
	}

	@Override
	protected void writeInternal(Report<?, ?> report, HttpOutputMessage output) throws java.io.IOException {
		output.getBody().write(ReportText.render(report).getBytes(StandardCharsets.UTF_8));
	}

}

// The live run: the POST asks for Server-Sent Events and reads them with fetch and a stream
// reader (EventSource cannot POST). A lab that answers plain JSON is read as the report.

/** Splits an SSE byte stream into {event, data} messages, data parsed as JSON. */
async function* events(body) {
	const reader = body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		buffer += value ?? '';
		const blocks = buffer.split(/\r?\n\r?\n/);
		buffer = done ? '' : blocks.pop();
		for (const block of blocks) {
			let event = 'message';
			const data = [];
			for (const line of block.split(/\r?\n/)) {
				if (line.startsWith('event:')) {
					event = line.slice(6).trim();
				}
				else if (line.startsWith('data:')) {
					data.push(line.slice(5).replace(/^ /, ''));
				}
			}
			if (data.length) {
				yield { event, data: JSON.parse(data.join('\n')) };
			}
		}
		if (done) {
			return;
		}
	}
}

/**
 * Runs an experiment. Handlers: started(data), task(entry), progress(data). Resolves to
 * {report} or {problem, status}.
 */
export async function runExperiment(path, body, handlers = {}) {
	const response = await fetch(path, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream, application/json;q=0.9' },
		body: JSON.stringify(body),
	});
	const type = response.headers.get('Content-Type') ?? '';
	if (!response.ok) {
		const problem = type.includes('json') ? await response.json() : { title: `${response.status} ${response.statusText}`, detail: await response.text() };
		const retry = response.headers.get('Retry-After');
		if (retry) {
			problem.detail = `${problem.detail ?? ''} Try again in ${retry} s.`.trim();
		}
		return { problem, status: response.status };
	}
	if (!type.startsWith('text/event-stream')) {
		return { report: await response.json() };
	}
	for await (const { event, data } of events(response.body)) {
		if (event === 'report') {
			return { report: data };
		}
		if (event === 'problem' || event === 'error') {
			return { problem: data, status: data.status ?? 500 };
		}
		handlers[event]?.(data);
	}
	return { problem: { title: 'The run ended without a report', detail: 'The event stream closed before its report event.' }, status: 0 };
}

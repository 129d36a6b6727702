package org.concurrency.lab.iobound;

import java.net.URI;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Where the lab itself listens, so that io-bound tasks can call it over loopback. */
@Component
class LoopbackServer {

	private volatile @Nullable URI base;

	@EventListener
	void onStarted(WebServerInitializedEvent event) {
		this.base = URI.create("http://127.0.0.1:" + event.getWebServer().getPort());
	}

	/** The lab's base address, once its web server listens. */
	Optional<URI> base() {
		return Optional.ofNullable(this.base);
	}

}

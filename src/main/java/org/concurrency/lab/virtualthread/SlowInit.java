package org.concurrency.lab.virtualthread;

/**
 * A class whose initialiser blocks. Each {@code class-init} task has {@link FreshLoader}
 * define a copy of its own, so that each task runs an initialiser of its own rather than
 * waiting for another's.
 */
public final class SlowInit {

	static {
		// blocking in <clinit>: the VM's class initialisation is on the stack, so it pins
		PinnedWait.block();
	}

	private SlowInit() {
	}

}

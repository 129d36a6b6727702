package org.concurrency.lab.virtualthread;

import java.io.IOException;
import java.io.InputStream;

/**
 * A class loader that defines its own copy of {@link SlowInit} and delegates every other
 * class: a fresh class, so a fresh initialiser to run.
 */
final class FreshLoader extends ClassLoader {

	private static final String SLOW_INIT = SlowInit.class.getName();

	private FreshLoader() {
		super(FreshLoader.class.getClassLoader());
	}

	/** Defines a fresh copy of {@link SlowInit} and runs its initialiser. */
	static void initialiseFreshCopy() throws ClassNotFoundException {
		Class.forName(SLOW_INIT, true, new FreshLoader());
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (!name.equals(SLOW_INIT)) {
			return super.loadClass(name, resolve);
		}
		synchronized (getClassLoadingLock(name)) {
			Class<?> loaded = findLoadedClass(name);
			if (loaded == null) {
				byte[] bytes = bytesOf(name);
				loaded = defineClass(name, bytes, 0, bytes.length);
			}
			return loaded;
		}
	}

	private static byte[] bytesOf(String name) throws ClassNotFoundException {
		String resource = name.replace('.', '/').concat(".class");
		try (InputStream in = FreshLoader.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new ClassNotFoundException(name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new ClassNotFoundException(name, ex);
		}
	}

}

package org.entente.server;

/**
 * A node that hits an error it cannot recover from (an {@link OutOfMemoryError}, an internal JVM error)
 * exits at once with status {@link #EXIT_STATUS}, so that its supervisor (systemd, Docker's restart
 * policy, Kubernetes) starts it again and the journals bring its sessions back. Staying up half-broken
 * is worse: handlers fail one by one while the health check may still answer. The JVM flag
 * {@code -XX:+ExitOnOutOfMemoryError} (set in docker/Dockerfile) does the same for an OutOfMemoryError
 * thrown anywhere, including where no handler of ours would see it.
 */
public final class FatalErrors {
    public static final int EXIT_STATUS = 70;

    private FatalErrors() {
    }

    /** Makes every thread's uncaught fatal error end the process (ordinary exceptions are only logged). */
    public static void installProcessWide() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            exitIfFatal(e);
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                System.err.println("entente: uncaught in " + thread.getName() + ": " + e);
            }
        });
    }

    /** Ends the process if {@code e} (or what it wraps) is an error the node cannot recover from. */
    public static void exitIfFatal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                // halt, not exit: shutdown hooks may need memory we do not have; the journal is fsynced per batch.
                System.err.println("entente: fatal " + t.getClass().getSimpleName() + " (" + t.getMessage()
                        + "); exiting with status " + EXIT_STATUS + " so that the supervisor restarts the node");
                Runtime.getRuntime().halt(EXIT_STATUS);
            }
        }
    }

    /** For {@code Vertx.exceptionHandler}: a fatal error ends the process; any other is logged, as Vert.x would. */
    public static void onUncaughtInVertx(Throwable e) {
        exitIfFatal(e);
        org.slf4j.LoggerFactory.getLogger(FatalErrors.class).error("unhandled exception: {}", e.toString(), e);
    }

    /** Whether the JVM was started with -XX:+ExitOnOutOfMemoryError (or CrashOnOutOfMemoryError). */
    public static boolean jvmExitsOnOutOfMemory() {
        return VmOptions.is("ExitOnOutOfMemoryError", "true") || VmOptions.is("CrashOnOutOfMemoryError", "true");
    }
}

package io.armgen.runtime.testing;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Installed for the whole test JVM (META-INF/services): every {@link System.Logger} message of
 * every level, from any logger, is kept so tests can search all log output for secrets.
 */
public final class CapturingLoggerFinder extends System.LoggerFinder {
  private static final List<String> LINES = new CopyOnWriteArrayList<>();

  /** Everything logged so far in this JVM (logger name, level, message, throwable). */
  public static List<String> lines() {
    return List.copyOf(LINES);
  }

  /** True when this finder is the JVM's: otherwise log assertions would pass vacuously. */
  public static boolean installed() {
    return System.LoggerFinder.getLoggerFinder() instanceof CapturingLoggerFinder;
  }

  /**
   * The JDK's own loggers ({@code jdk.internal.httpclient.debug}, the test server's
   * {@code com.sun.net.httpserver}, ...) are left switched off: they trace raw URLs only when an
   * operator turns them on, which is outside the runtime's control (and the test server's lines
   * are the server side), and capturing them would slow every test.
   */
  @Override
  public System.Logger getLogger(String name, Module module) {
    return new CapturingLogger(name);
  }

  static boolean isJdkLogger(String name) {
    return name.startsWith("jdk.") || name.startsWith("java.") || name.startsWith("javax.")
        || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  /** A logger that keeps everything (but the JDK's own). */
  public static final class CapturingLogger implements System.Logger {
    private final String name;
    private final List<String> sink;

    public CapturingLogger(String name) {
      this(name, LINES);
    }

    /** A logger that keeps its lines in {@code sink} only. */
    public CapturingLogger(String name, List<String> sink) {
      this.name = name;
      this.sink = sink;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return !isJdkLogger(name);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      if (!isLoggable(level)) {
        return;
      }
      sink.add(name + " " + level + " " + msg + (thrown == null ? "" : " " + thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (!isLoggable(level)) {
        return;
      }
      sink.add(name + " " + level + " " + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
    }

    @Override
    public void log(Level level, Supplier<String> supplier) {
      if (!isLoggable(level)) {
        return;
      }
      sink.add(name + " " + level + " " + supplier.get());
    }
  }
}

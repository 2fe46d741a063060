package io.armgen.benchmarks;

import org.apache.maven.plugin.logging.Log;

/** A Maven plugin log that prints nothing, so that a mojo's per-call messages do not time the console. */
class QuietLog implements Log {
  @Override public boolean isDebugEnabled() { return false; }
  @Override public void debug(CharSequence content) {}
  @Override public void debug(CharSequence content, Throwable error) {}
  @Override public void debug(Throwable error) {}
  @Override public boolean isInfoEnabled() { return true; }
  @Override public void info(CharSequence content) {}
  @Override public void info(CharSequence content, Throwable error) {}
  @Override public void info(Throwable error) {}
  @Override public boolean isWarnEnabled() { return true; }
  @Override public void warn(CharSequence content) {}
  @Override public void warn(CharSequence content, Throwable error) {}
  @Override public void warn(Throwable error) {}
  @Override public boolean isErrorEnabled() { return true; }
  @Override public void error(CharSequence content) {}
  @Override public void error(CharSequence content, Throwable error) {}
  @Override public void error(Throwable error) {}
}

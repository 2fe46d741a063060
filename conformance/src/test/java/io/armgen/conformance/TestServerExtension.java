package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one test server of the run ({@link TestServer}): started by the first
 * class that needs it, kept in the root context's store and, when JUnit closes that store at the
 * end of the run, asked for its coverage reports (saved by {@link CoverageReport}) and stopped.
 *
 * <p>When node or the installed package is missing the tests are skipped with the reason, except
 * under {@code CI=true}, where that fails them. Test classes take the server as a
 * {@code TestServer} parameter of a {@code @BeforeAll} method or constructor.
 */
public final class TestServerExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestServerExtension.class);

  /** The running server and what to do when the run ends. */
  private static final class Running implements AutoCloseable {
    final TestServer server;
    final Path packageDir;

    Running(TestServer server, Path packageDir) {
      this.server = server;
      this.packageDir = packageDir;
    }

    @Override
    public void close() throws IOException {
      try {
        CoverageReport.save(server, packageDir, reportDir());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while saving the coverage reports", e);
      } finally {
        server.close();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  private static TestServer server(ExtensionContext context) {
    Path packageDir = packageDir();
    Optional<String> missing = TestServer.unavailableReason(packageDir);
    if (missing.isPresent()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but the conformance tests cannot run: " + missing.get());
      }
      String message = "Skipping the AutoRest test-server conformance tests: " + missing.get();
      // surefire shows a class aborted before its tests as 0 tests run, so the reason is logged too
      System.getLogger(TestServerExtension.class.getName()).log(System.Logger.Level.WARNING, message);
      Assumptions.abort(message);
    }
    Running running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> {
      try {
        return new Running(TestServer.start(packageDir, reportDir().resolve("server.log")), packageDir);
      } catch (IOException e) {
        throw new IllegalStateException("could not start the AutoRest test server: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting the AutoRest test server", e);
      }
    }, Running.class);
    return running.server;
  }

  /** {@code armgen.testserver.dir} (set by the pom), else {@code node_modules/...} under the working directory. */
  private static Path packageDir() {
    String configured = System.getProperty("armgen.testserver.dir");
    return configured != null ? Path.of(configured)
        : Path.of("node_modules", "@microsoft.azure", "autorest.testserver").toAbsolutePath();
  }

  private static Path reportDir() {
    String configured = System.getProperty("armgen.testserver.report");
    return configured != null ? Path.of(configured) : Path.of("target", "autorest-testserver-report").toAbsolutePath();
  }
}

package dev.rex.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs test classes (static nested classes, which Surefire leaves alone) through the JUnit launcher
 * with configuration parameters, and reports what happened to each test and container.
 */
final class Runs {

  private Runs() {}

  /** What happened in one run. */
  record Outcome(List<TestExecutionResult> results, List<String> skipped, int succeededTests) {

    /** The first failure, or null. */
    Throwable failure() {
      return results.stream()
          .filter(r -> r.getStatus() == TestExecutionResult.Status.FAILED)
          .map(r -> r.getThrowable().orElseThrow())
          .findFirst()
          .orElse(null);
    }

    /** The first abort, or null. */
    Throwable aborted() {
      return results.stream()
          .filter(r -> r.getStatus() == TestExecutionResult.Status.ABORTED)
          .map(r -> r.getThrowable().orElseThrow())
          .findFirst()
          .orElse(null);
    }
  }

  static Outcome run(Map<String, String> parameters, Class<?>... classes) {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    for (Class<?> type : classes) {
      request.selectors(selectClass(type));
    }
    parameters.forEach(request::configurationParameter);
    // Keep the outer run's own settings (system properties) from leaking in.
    request.configurationParameter("junit.platform.output.capture.stdout", "false");
    LauncherDiscoveryRequest built = request.build();
    List<TestExecutionResult> results = new CopyOnWriteArrayList<>();
    List<String> skipped = new CopyOnWriteArrayList<>();
    int[] succeeded = {0};
    LauncherFactory.create()
        .execute(
            built,
            new TestExecutionListener() {
              @Override
              public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                results.add(result);
                if (id.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                  succeeded[0]++;
                }
              }

              @Override
              public void executionSkipped(TestIdentifier id, String reason) {
                skipped.add(reason);
              }
            });
    return new Outcome(results, skipped, succeeded[0]);
  }
}

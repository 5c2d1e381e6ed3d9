package vn.org.congdoanhanoi.phoihop;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the tests that start and stop applications of their own (EmbeddedDefaultDatabaseTest, the two nodes of
 * CeremonyBookingRaceTest) before the shared PostgreSQL application starts. Camunda's webapps keep process-wide state; an application started and closed
 * after the shared one leaves that one's Tasklist, Cockpit and Admin pages answering 500. Every other class keeps
 * the order it would have had. Set in src/test/resources/junit-platform.properties.
 */
public class StandaloneContextsFirst implements ClassOrderer {

  static final java.util.Set<String> STANDALONE = java.util.Set.of(
      "vn.org.congdoanhanoi.phoihop.platform.EmbeddedDefaultDatabaseTest",
      // Two nodes of its own on the PostgreSQL database (ApplicationNode), closed before the shared one starts.
      "vn.org.congdoanhanoi.phoihop.signing.CeremonyBookingRaceTest");

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.comparingInt(StandaloneContextsFirst::rank));
  }

  private static int rank(ClassDescriptor descriptor) {
    return STANDALONE.contains(descriptor.getTestClass().getName()) ? 0 : 1;
  }
}

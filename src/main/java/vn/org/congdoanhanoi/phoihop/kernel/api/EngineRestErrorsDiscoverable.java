package vn.org.congdoanhanoi.phoihop.kernel.api;

import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link EngineRestErrorMapper} into every Jersey application in this JVM: Camunda's REST API under
 * /engine-rest (a Spring bean) and the webapps' API under /camunda/api (servlets created by Camunda's webapp
 * initializer, out of Spring's reach). Listed in META-INF/services.
 */
public class EngineRestErrorsDiscoverable implements ForcedAutoDiscoverable {

  private static final List<Class<?>> MAPPERS = List.of(EngineRestErrorMapper.AnyError.class,
      EngineRestErrorMapper.EngineError.class, EngineRestErrorMapper.Refusal.class,
      EngineRestErrorMapper.CamundaRestError.class, EngineRestErrorMapper.UnreadableJson.class,
      EngineRestErrorMapper.UnmappableJson.class, EngineRestErrorMapper.MalformedJson.class);

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : MAPPERS) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper, EngineRestErrorMapper.PRIORITY);
      }
    }
  }
}

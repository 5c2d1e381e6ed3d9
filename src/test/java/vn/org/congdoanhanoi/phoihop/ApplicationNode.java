package vn.org.congdoanhanoi.phoihop;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of a cluster: the whole application (REST, engine, our APIs, demo accounts) in its own Spring context,
 * on the shared embedded PostgreSQL database and a random port. Start two of them to test what two nodes do at
 * once against one database.
 *
 * <p>Camunda keeps engines in static registries, so each node's engine has its own name and is reached over REST
 * at {@code /engine-rest/engine/<name>/…} ({@link #restRoot()}); the default path would answer with the engine
 * named "default". A node runs without Camunda's webapps: they keep process-wide state that a second instance
 * would replace. Only the first node deploys the models; the others find them in the database, as a real second
 * node does (a redeployment would add versions other tests would start). The job executor is off as in every test:
 * tests run jobs themselves through {@link #engine()}.
 *
 * <p>Nodes are closed by the test, or at the latest with the PostgreSQL server at the end of the run. List a test
 * class that starts its own nodes in {@link StandaloneContextsFirst}: they then start and stop before the shared
 * application context does, as CeremonyBookingRaceTest's do.
 */
public final class ApplicationNode implements AutoCloseable {

  private final String engineName;
  private final ConfigurableApplicationContext context;

  private ApplicationNode(String engineName, ConfigurableApplicationContext context) {
    this.engineName = engineName;
    this.context = context;
  }

  /** Starts a node; {@code deploys} for the first node of a test, which brings the models into the database. */
  public static ApplicationNode start(String engineName, boolean deploys) {
    // Arguments, not default properties: those would lose to application.yaml (server.port: ${PORT:8080}).
    List<String> arguments = List.of(
        "--server.port=0",
        "--camunda.bpm.process-engine-name=" + engineName,
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.auto-deployment-enabled=" + deploys,
        "--spring.jmx.enabled=false");
    ConfigurableApplicationContext context = new SpringApplicationBuilder(PhoihopApplication.class)
        .profiles("test", "demo", "postgres")
        .initializers(new PostgresTestDatabase(), new NotificationTestServers())
        .run(arguments.toArray(String[]::new));
    return new ApplicationNode(engineName, context);
  }

  public ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /** This node's Camunda REST API, e.g. {@code /engine-rest/engine/nodeA}. */
  public String restRoot() {
    return "/engine-rest/engine/" + engineName;
  }

  /** A demo account calling this node. */
  public RestCaller demo(String user) {
    return RestCaller.demo(port(), user);
  }

  @Override
  public void close() {
    context.close();
  }
}

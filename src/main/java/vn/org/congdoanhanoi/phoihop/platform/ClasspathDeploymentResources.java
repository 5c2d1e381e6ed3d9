package vn.org.congdoanhanoi.phoihop.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models and forms found by {@code camunda.bpm.deployment-resource-pattern}, each deployed under its path on the
 * classpath ("bpmn/signing/unit-signing.bpmn", "forms/signing/unit-signing-proposal.html"). Camunda's Spring
 * auto-deployment would name a file by its absolute path on disk and an entry of the packaged jar by its bare file
 * name, so the same resource got another name on every machine and a form key "embedded:deployment:…" could not
 * name it; with one name everywhere it can, and "deploy changed only" compares like with like. A resource found
 * twice under one name (the fat jar lists some twice) is deployed once.
 */
@Component
class ClasspathDeploymentResources extends DefaultDeploymentConfiguration {

  private static final String ALL_CLASSPATH = "classpath*:";

  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @Override
  public Set<Resource> getDeploymentResources() {
    List<Root> roots = roots();
    Map<String, Resource> byName = new TreeMap<>();
    for (Resource resource : super.getDeploymentResources()) {
      String name = nameOf(resource, roots);
      byName.putIfAbsent(name, new NamedResource(resource, name));
    }
    return new LinkedHashSet<>(byName.values());
  }

  /** A folder a pattern searches ("bpmn/") and where it is on the classpath (one location per classpath entry). */
  private record Root(String path, String url) {}

  private List<Root> roots() {
    List<Root> roots = new ArrayList<>();
    for (String pattern : camundaBpmProperties.getDeploymentResourcePattern()) {
      String location = pattern.replaceFirst("^classpath\\*?:", "");
      int wildcard = location.indexOf('*');
      String folder = location.substring(0, location.lastIndexOf('/', wildcard < 0 ? location.length() : wildcard) + 1);
      try {
        for (Resource root : resolver.getResources(ALL_CLASSPATH + folder)) {
          roots.add(new Root(folder, root.getURL().toString()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list the classpath folder " + folder, e);
      }
    }
    return roots;
  }

  private static String nameOf(Resource resource, List<Root> roots) {
    try {
      String url = resource.getURL().toString();
      for (Root root : roots) {
        if (url.startsWith(root.url())) {
          return root.path() + url.substring(root.url().length());
        }
      }
      throw new IllegalStateException("Deployment resource " + url + " is outside the folders its pattern names");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resource found, under its classpath path, the name Camunda's auto-deployment takes from a context resource. */
  private static final class NamedResource extends AbstractResource implements ContextResource {
    private final Resource found;
    private final String name;

    NamedResource(Resource found, String name) {
      this.found = found;
      this.name = name;
    }

    @Override
    public String getPathWithinContext() {
      return name;
    }

    @Override
    public String getFilename() {
      return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public boolean exists() {
      return found.exists();
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return found.getInputStream();
    }

    @Override
    public String getDescription() {
      return "deployment resource " + name + " (" + found.getDescription() + ")";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof NamedResource named && named.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }
}

package vn.org.congdoanhanoi.phoihop.organization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the configured organisation file into an empty database, otherwise re-applies what is stored when it or
 * the code's grants changed since the last synchronisation, so that Camunda's identity matches the organisation
 * after a start without rewriting it at every start.
 */
@Component
class OrganizationStartup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrganizationStartup.class);

  private final OrganizationService organizationService;
  private final Resource file;

  OrganizationStartup(OrganizationService organizationService,
                      @Value("${phoihop.organization.file}") Resource file) {
    this.organizationService = organizationService;
    this.file = file;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (organizationService.isEmpty()) {
      LOG.info("Loading the organisation from {}", file);
      organizationService.importFile(file.getContentAsString(StandardCharsets.UTF_8));
    } else {
      organizationService.reapply();
    }
  }
}

package vn.org.congdoanhanoi.phoihop.validation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class SubmissionGuardConfiguration {

  /** First of all filters: a body too large is refused before authentication or anything else reads it. */
  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(AttachmentPolicy attachments) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
        new RequestBodyLimitFilter(RequestBodyLimitFilter.limitFor(attachments.maxBytes()),
            attachments.maxSizeText()));
    registration.setName("phoihop-request-body-limit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Runs after authentication (REST: our Basic filter; Tasklist: the session, which the guard checks itself
   * before reading anything, since Camunda's own session filters may come later).
   */
  @Bean
  FilterRegistrationBean<SubmissionGuardFilter> submissionGuardFilter(List<StartValidator> startValidators,
      FormVariablesIndex forms, AttachmentPolicy attachments, RepositoryService repositoryService,
      TaskService taskService, IdentityService identityService) {
    FilterRegistrationBean<SubmissionGuardFilter> registration = new FilterRegistrationBean<>(
        new SubmissionGuardFilter(startValidators, forms, RequestBodyLimitFilter.limitFor(attachments.maxBytes()),
            repositoryService, taskService, identityService));
    registration.setName("phoihop-submission-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}

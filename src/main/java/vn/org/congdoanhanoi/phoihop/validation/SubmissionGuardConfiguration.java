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

  /** Runs after authentication (REST: our Basic filter; Tasklist: Camunda's session filters). */
  @Bean
  FilterRegistrationBean<SubmissionGuardFilter> submissionGuardFilter(List<StartValidator> startValidators,
      List<TaskSubmissionValidator> taskValidators, RepositoryService repositoryService, TaskService taskService,
      IdentityService identityService) {
    FilterRegistrationBean<SubmissionGuardFilter> registration = new FilterRegistrationBean<>(
        new SubmissionGuardFilter(startValidators, taskValidators, repositoryService, taskService, identityService));
    registration.setName("phoihop-submission-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}

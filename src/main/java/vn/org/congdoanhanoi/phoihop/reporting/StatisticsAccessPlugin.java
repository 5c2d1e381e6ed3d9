package vn.org.congdoanhanoi.phoihop.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.EngineCaller;
import vn.org.congdoanhanoi.phoihop.kernel.access.EngineRefusal;

/**
 * Camunda's statistics count instances per definition and activity across every unit, and check only that the
 * caller may read the process model, which every user may. So the engine refuses them to anyone who does not see
 * the whole city ({@link ReportAccess}): engine REST, the webapps' API and Cockpit alike run these queries.
 */
@Component
class StatisticsAccessPlugin extends AbstractProcessEnginePlugin {

  static final Set<Class<?>> CITY_WIDE_QUERIES = Set.of(ProcessDefinitionStatisticsQueryImpl.class,
      ActivityStatisticsQueryImpl.class, DeploymentStatisticsQueryImpl.class, HistoricActivityStatisticsQueryImpl.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // "Post" interceptors run inside the command context, where the caller is known.
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new CityWideStatistics());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  static final class CityWideStatistics extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (CITY_WIDE_QUERIES.contains(command.getClass())) {
        EngineCaller caller = EngineCaller.current();
        if (caller != null && !caller.administrator() && !AccessPolicy.cityWide(caller.groupIds())) {
          throw new EngineRefusal("Chỉ Thường trực, Văn phòng và các Ban của LĐLĐ Thành phố xem được số liệu "
              + "thống kê của toàn Thành phố; đơn vị xem số liệu của mình tại trang báo cáo.");
        }
      }
      return next.execute(command);
    }
  }
}

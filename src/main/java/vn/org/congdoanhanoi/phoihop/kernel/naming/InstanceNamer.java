package vn.org.congdoanhanoi.phoihop.kernel.naming;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Names the instances of one process for people reading Cockpit: business keys stay the machine contract
 * ("222/LĐLĐ/gialam"), the variable {@link InstanceNames#VARIABLE} reads "222/LĐLĐ – Liên đoàn Lao động huyện
 * Gia Lâm" and can be searched in Cockpit like any text variable. Declare one bean per process.
 *
 * @param name computes the name from the start variables; null leaves the instance unnamed
 */
public record InstanceNamer(String processKey, Function<DelegateExecution, String> name) {}

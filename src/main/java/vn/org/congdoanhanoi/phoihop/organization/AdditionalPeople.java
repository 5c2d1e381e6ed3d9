package vn.org.congdoanhanoi.phoihop.organization;

import java.util.List;

/** People who are not in the organisation file but must exist alongside it, such as the demo accounts. */
public interface AdditionalPeople {

  List<Person> peopleFor(Organization organization);
}

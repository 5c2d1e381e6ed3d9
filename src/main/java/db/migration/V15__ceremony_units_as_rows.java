package db.migration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the units of each ceremony from the JSON column {@code signing_ceremony.unit_codes} (V11) to rows of
 * {@code signing_ceremony_unit} (V14), then drops the column. In Java because H2 (the embedded default) and
 * PostgreSQL share no SQL function that splits a JSON array. A ceremony booked before V11 has no list: a cluster's
 * members that joined sign there, at any other ceremony its host unit.
 */
public class V15__ceremony_units_as_rows extends BaseJavaMigration {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement select = connection.createStatement();
         ResultSet rows = select.executeQuery(
             "select id, kind, document_number, cluster_code, host_unit_code, unit_codes from signing_ceremony");
         PreparedStatement members = connection.prepareStatement("select unit_code from signing_cluster_member "
             + "where document_number = ? and cluster_code = ? and state = 'JOINED' order by unit_code");
         PreparedStatement insert = connection.prepareStatement(
             "insert into signing_ceremony_unit (ceremony_id, unit_code) values (?, ?)")) {
      while (rows.next()) {
        String json = rows.getString("unit_codes");
        Set<String> units = new LinkedHashSet<>();
        if (json != null && !json.isBlank()) {
          units.addAll(JSON.readValue(json, new TypeReference<List<String>>() {}));
        } else if ("CLUSTER".equals(rows.getString("kind"))) {
          members.setString(1, rows.getString("document_number"));
          members.setString(2, rows.getString("cluster_code"));
          try (ResultSet joined = members.executeQuery()) {
            while (joined.next()) {
              units.add(joined.getString(1));
            }
          }
        } else {
          units.add(rows.getString("host_unit_code"));
        }
        for (String unit : units) {
          insert.setString(1, rows.getString("id"));
          insert.setString(2, unit);
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    try (Statement drop = connection.createStatement()) {
      drop.execute("alter table signing_ceremony drop column unit_codes");
    }
  }
}

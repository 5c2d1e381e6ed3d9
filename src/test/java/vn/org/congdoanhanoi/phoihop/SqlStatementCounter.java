package vn.org.congdoanhanoi.phoihop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends to the application's database (the engine's and ours), for
 * tests that prove a page or an answer reads in a fixed number of queries. For as long as it is open, the
 * application's data source (a {@link DelegatingDataSource}, see platform.DatabaseOutageConfiguration) hands out
 * connections that count every statement prepared or executed on this thread; closing it restores the data source.
 */
public final class SqlStatementCounter implements AutoCloseable {

  private static final Set<String> PREPARE = Set.of("prepareStatement", "prepareCall");
  private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

  private final DelegatingDataSource application;
  private final DataSource original;
  private final Thread counted = Thread.currentThread();
  private final AtomicInteger statements = new AtomicInteger();

  private SqlStatementCounter(DelegatingDataSource application) {
    this.application = application;
    this.original = application.getTargetDataSource();
    application.setTargetDataSource(proxy(DataSource.class, original, (method, result) -> {
      if (method.getName().equals("getConnection")) {
        return proxy(Connection.class, result, this::connection);
      }
      return result;
    }));
  }

  /** Starts counting; {@code dataSource} is the application's bean. */
  public static SqlStatementCounter start(DataSource dataSource) {
    if (!(dataSource instanceof DelegatingDataSource delegating)) {
      throw new IllegalStateException("The application's data source is no DelegatingDataSource: " + dataSource);
    }
    return new SqlStatementCounter(delegating);
  }

  /** Statements sent by this thread since the counter started or was last reset. */
  public int count() {
    return statements.get();
  }

  /** Counts what {@code work} sends. */
  public int count(Runnable work) {
    statements.set(0);
    work.run();
    return statements.get();
  }

  @Override
  public void close() {
    application.setTargetDataSource(original);
  }

  private Object connection(Method method, Object result) {
    if (Thread.currentThread() == counted && PREPARE.contains(method.getName())) {
      statements.incrementAndGet();
    }
    if (result instanceof Statement statement && !PREPARE.contains(method.getName())) {
      return proxy(Statement.class, statement, (m, r) -> {
        if (Thread.currentThread() == counted && EXECUTE.contains(m.getName())) {
          statements.incrementAndGet();
        }
        return r;
      });
    }
    return result;
  }

  private interface AfterCall {
    Object apply(Method method, Object result) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
    return type.cast(Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after.apply(method, result);
        }));
  }
}

package vn.org.congdoanhanoi.phoihop.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the two parts of a mail from {@code classpath:mail/<template>.html} (HTML mode, values escaped) and
 * {@code mail/<template>.txt} (text mode). Thymeleaf core only: the web application has no view templates, and
 * mails must not depend on a web request.
 */
@Component
public class MailTemplates {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final TemplateEngine engine = new TemplateEngine();

  public MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  public record Rendered(String text, String html) {}

  public Rendered render(String template, Map<String, Object> model) {
    Context context = new Context(VIETNAMESE, model);
    return new Rendered(engine.process(template + ".txt", context), engine.process(template + ".html", context));
  }
}

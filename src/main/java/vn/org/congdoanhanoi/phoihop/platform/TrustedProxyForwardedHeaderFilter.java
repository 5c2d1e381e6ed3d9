package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * X-Forwarded-Host/-Proto/-Port/-For/-Prefix and Forwarded say where the user really was; only our own reverse proxy
 * may say so. From a trusted proxy they are applied (Spring's {@link ForwardedHeaderFilter}); from anyone else they
 * are removed, so that no client can make us write https://evil.example into a redirect or believe a faked address.
 */
final class TrustedProxyForwardedHeaderFilter extends OncePerRequestFilter {

  private final TrustedProxies trusted;
  private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
  private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

  TrustedProxyForwardedHeaderFilter(TrustedProxies trusted) {
    this.trusted = trusted;
    remove.setRemoveOnly(true);
  }

  // Error pages and async completions are written under the same (possibly forwarded) address as the request.
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    (trusted.contains(request.getRemoteAddr()) ? apply : remove).doFilter(request, response, chain);
  }
}

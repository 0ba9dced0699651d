package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.org.OrgId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The second check behind the token filter, on the {@code orgId} the handler will read: it holds
 * even where the filter would have read a path otherwise.
 */
class AdminScopeInterceptorTest {

  private final AdminScopeInterceptor interceptor = new AdminScopeInterceptor();
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  @Test
  void anOrgTokenOnAHandlerOfAnotherOrgIs404() throws Exception {
    MockHttpServletRequest request = request(new AdminCaller.OrgAdmin(new OrgId("acme")), "globex");

    assertThatThrownBy(() -> interceptor.preHandle(request, response, holidaysGet()))
        .isInstanceOfSatisfying(
            AdminApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
  }

  @Test
  void anOrgTokenOnAnOperatorOnlyHandlerOfItsOrgIs403() throws Exception {
    MockHttpServletRequest request = request(new AdminCaller.OrgAdmin(new OrgId("acme")), "acme");
    HandlerMethod put =
        new HandlerMethod(
            new OrgsAdminController(null, null, null),
            OrgsAdminController.class.getDeclaredMethod("put", String.class, Map.class));

    assertThatThrownBy(() -> interceptor.preHandle(request, response, put))
        .isInstanceOfSatisfying(
            AdminApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    assertThat(interceptor.preHandle(request, response, holidaysGet())).isTrue();
  }

  @Test
  void anOrgTokenOnTheListOfOrgsIs403() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/admin/orgs");
    request.setAttribute(AdminCaller.ATTRIBUTE, new AdminCaller.OrgAdmin(new OrgId("acme")));
    HandlerMethod list =
        new HandlerMethod(
            new OrgsAdminController(null, null, null),
            OrgsAdminController.class.getDeclaredMethod("list"));

    assertThatThrownBy(() -> interceptor.preHandle(request, response, list))
        .isInstanceOfSatisfying(
            AdminApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
  }

  @Test
  void anAdminHandlerReachedWithoutTheFilterIs401() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/admin/orgs/acme");

    assertThat(interceptor.preHandle(request, response, holidaysGet())).isFalse();
    assertThat(response.getStatus()).isEqualTo(401);
  }

  @Test
  void theOperatorPassesEverywhere() throws Exception {
    MockHttpServletRequest request = request(new AdminCaller.Operator(), "globex");

    assertThat(interceptor.preHandle(request, response, holidaysGet())).isTrue();
  }

  private static MockHttpServletRequest request(AdminCaller caller, String pathOrg) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/admin/orgs/x");
    request.setAttribute(AdminCaller.ATTRIBUTE, caller);
    request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("orgId", pathOrg));
    return request;
  }

  private static HandlerMethod holidaysGet() throws NoSuchMethodException {
    return new HandlerMethod(
        new HolidaysAdminController(null, null, null),
        HolidaysAdminController.class.getDeclaredMethod("get", String.class));
  }
}

package app.rapport.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.security.ApiTokenStore;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The JSON API as a script would use it: with the token, JSON in and out. */
public final class ApiClient {

  private final MockMvc mvc;
  private final ApiTokenStore tokens;

  public ApiClient(MockMvc mvc, ApiTokenStore tokens) {
    this.mvc = mvc;
    this.tokens = tokens;
  }

  public ResultActions get(String path) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
            .header("Authorization", "Bearer " + tokens.current()));
  }

  public ResultActions post(String path, String json) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .header("Authorization", "Bearer " + tokens.current())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  public ResultActions put(String path, String json) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
            .header("Authorization", "Bearer " + tokens.current())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  public ResultActions patch(String path, String json) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(path)
            .header("Authorization", "Bearer " + tokens.current())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  public ResultActions delete(String path) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path)
            .header("Authorization", "Bearer " + tokens.current()));
  }

  /** Creates something and answers its id. */
  public String create(String path, String json) throws Exception {
    String body =
        post(path, json)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }
}
